import { maskIdentityNumber, readyForPublicity, windowFrom, windowOutcome } from './publicity';

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

describe('what becomes of a result on display (R-PB-2, R-PB-3)', () => {
  it('publishes at the end without open or upheld objections', () => {
    expect(windowOutcome({ due: true, openObjections: 0, upheldObjections: 0 })).toBe('publish');
    expect(windowOutcome({ due: false, openObjections: 0, upheldObjections: 0 })).toBe('wait');
  });

  it('holds a result while an objection is open, and withholds it once one is upheld', () => {
    expect(windowOutcome({ due: true, openObjections: 1, upheldObjections: 0 })).toBe('hold');
    expect(windowOutcome({ due: false, openObjections: 1, upheldObjections: 1 })).toBe('withhold');
    expect(windowOutcome({ due: true, openObjections: 0, upheldObjections: 1 })).toBe('withhold');
  });
});
