import { checkSocialSecurity, type ContributionRecord } from './social-security-check';

const person = { idNumber: '11010519491231002X', employerCreditCode: '91120000MA05J1234X' };
const rules = { minimumMonths: 6, window: { from: '2022-09', to: '2023-08' } };
const record = (month: string, employerCreditCode = person.employerCreditCode): ContributionRecord => ({
  id: month + employerCreditCode,
  source: 'social-security',
  idNumber: person.idNumber,
  employerCreditCode,
  month,
  batchId: 'b1',
  receivedAt: new Date(0),
});
const months = (...list: string[]) => list;

describe('social-security check (R-RV-2, R-VF-2)', () => {
  it('passes with the required months paid by the declaring unit in the window, citing them as evidence', () => {
    const verdict = checkSocialSecurity(person, months('2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06').map((m) => record(m)), rules);
    expect(verdict.status).toBe('passed');
    expect(verdict.status === 'passed' && verdict.evidence).toHaveLength(6);
    expect(verdict.reason).toContain('91120000MA05J1234X (6 months)');
  });

  it('fails one month short, and counts a month paid twice once', () => {
    const verdict = checkSocialSecurity(person, months('2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-05').map((m) => record(m)), rules);
    expect(verdict.status).toBe('failed');
    expect(verdict.reason).toContain('5 of the 6 months');
  });

  it('does not count months outside the plan window', () => {
    const verdict = checkSocialSecurity(person, months('2022-03', '2022-04', '2022-05', '2023-01', '2023-02', '2023-03').map((m) => record(m)), rules);
    expect(verdict.status).toBe('failed');
    expect(verdict.reason).toContain('3 of the 6 months');
  });

  it('does not count months paid by another unit, and names the unit that pays', () => {
    const other = '91110000600037341L';
    const verdict = checkSocialSecurity(person, months('2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06').map((m) => record(m, other)), rules);
    expect(verdict.status).toBe('failed');
    expect(verdict.reason).toContain(`${other} (6 months)`);
  });

  it('is pending while the feed holds nothing for the person in the window', () => {
    expect(checkSocialSecurity(person, [record('2021-01')], rules).status).toBe('pending');
    expect(checkSocialSecurity(person, [], rules).status).toBe('pending');
  });
});
