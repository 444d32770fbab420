import { checkSocialSecurity, type ContributionRecord } from './social-security-check';

const person = { idNumber: '11010519491231002X', employerCreditCode: '91120000MA05J1234X' };
const record = (month: string, employerCreditCode = person.employerCreditCode): ContributionRecord => ({
  id: month + employerCreditCode,
  idNumber: person.idNumber,
  employerCreditCode,
  month,
  batchId: 'b1',
  receivedAt: new Date(0),
});

describe('social-security check (R-RV-2)', () => {
  it('passes with the required months paid by the declaring unit, citing them as evidence', () => {
    const records = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'].map((m) => record(m));
    const verdict = checkSocialSecurity(person, records, 6);
    expect(verdict.outcome).toBe('passed');
    expect(verdict.evidence).toHaveLength(6);
  });

  it('fails one month short, and counts a month paid twice once', () => {
    const records = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-05'].map((m) => record(m));
    const verdict = checkSocialSecurity(person, records, 6);
    expect(verdict.outcome).toBe('failed');
    expect(verdict.reason).toContain('5 of the 6 months');
  });

  it('does not count months paid by another unit, and names that unit', () => {
    const other = '91110000600037341L';
    const records = ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06'].map((m) => record(m, other));
    const verdict = checkSocialSecurity(person, records, 6);
    expect(verdict.outcome).toBe('failed');
    expect(verdict.reason).toContain(other);
  });
});
