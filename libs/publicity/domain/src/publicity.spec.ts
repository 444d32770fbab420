import { maskIdentityNumber, readyForPublicity, windowFrom } from './publicity';

const known = { applicantName: '张三', idNumber: '11010519491231002X', employerCreditCode: 'X', series: 'engineering', level: 'senior', region: 'tianjin' };

describe('publicity', () => {
  it('opens only for a passed result whose applicant is known', () => {
    expect(readyForPublicity({ ...known, outcome: 'passed' })).toBe(true);
    expect(readyForPublicity({ ...known, outcome: 'failed' })).toBe(false);
    expect(readyForPublicity({ ...known, applicantName: null, outcome: 'passed' })).toBe(false);
  });

  it('masks the identity number, keeping 3 leading and 4 trailing characters (R-PB-5)', () => {
    expect(maskIdentityNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdentityNumber('12345')).toBe('*****');
  });

  it('closes the window its length after it opens', () => {
    const { closesAt } = windowFrom(new Date('2026-01-05T00:00:00Z'), 60_000);
    expect(closesAt.toISOString()).toBe('2026-01-05T00:01:00.000Z');
  });
});
