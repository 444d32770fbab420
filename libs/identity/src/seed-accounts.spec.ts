import { sampleDeclaration } from '@zc/testing';
import { AccountDirectory } from './accounts';
import { seedAccounts, seedPrincipals } from './seed-accounts';

describe('seed accounts', () => {
  it('are the sample applicants 0–4, signing in with their identity number (实名)', () => {
    const applicants = seedPrincipals().filter((seed) => seed.principal.roles.includes('applicant'));
    expect(applicants.map((a) => a.principal.idNumber)).toEqual([0, 1, 2, 3, 4].map((n) => sampleDeclaration(n).idNumber));
    expect(applicants.map((a) => a.principal.name)).toEqual([0, 1, 2, 3, 4].map((n) => sampleDeclaration(n).applicantName));
    expect(applicants.every((a) => a.login === a.principal.idNumber)).toBe(true);
  });

  it('cover every role', () => {
    const roles = new Set(seedPrincipals().flatMap((seed) => seed.principal.roles));
    expect([...roles].sort()).toEqual(['applicant', 'bureau-admin', 'committee-office', 'department', 'employer', 'expert', 'inspector']);
  });

  it('let in the right password only, and no unknown login', () => {
    const directory = new AccountDirectory(seedAccounts('correct horse'));
    expect(directory.authenticate('bureau-admin', 'correct horse')?.principal.sub).toBe('bureau-admin-1');
    expect(directory.authenticate('bureau-admin', 'wrong')).toBeUndefined();
    expect(directory.authenticate('nobody', 'correct horse')).toBeUndefined();
    expect(directory.claimsOf('applicant-0')).toEqual({ sub: 'applicant-0', name: '王伟', id_number: sampleDeclaration(0).idNumber, roles: ['applicant'], zc_scope: {} });
  });
});
