import { sampleDeclaration } from '@zc/testing';
import { AccountDirectory } from './accounts';
import { SEED_EXPERTS, seedAccounts, seedPrincipals } from './seed-accounts';

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

  it('include five experts, a whole panel, each signing in as the UUID a committee pool keys them by', () => {
    const experts = seedPrincipals().filter((seed) => seed.principal.roles.includes('expert'));
    expect(experts.map((e) => e.login)).toEqual(['expert-1', 'expert-2', 'expert-3', 'expert-4', 'expert-5']);
    expect(new Set(experts.map((e) => e.principal.sub)).size).toBe(5);
    expect(experts.every((e) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/.test(e.principal.sub))).toBe(true);
    expect(SEED_EXPERTS.map((e) => e.sub)).toEqual(experts.map((e) => e.principal.sub));
  });

  it('let in the right password only, and no unknown login', () => {
    const directory = new AccountDirectory(seedAccounts('correct horse'));
    expect(directory.authenticate('bureau-admin', 'correct horse')?.principal.sub).toBe('bureau-admin-1');
    expect(directory.authenticate('bureau-admin', 'wrong')).toBeUndefined();
    expect(directory.authenticate('nobody', 'correct horse')).toBeUndefined();
    expect(directory.claimsOf('applicant-0')).toEqual({ sub: 'applicant-0', name: '王伟', id_number: sampleDeclaration(0).idNumber, roles: ['applicant'], zc_scope: {} });
  });
});
