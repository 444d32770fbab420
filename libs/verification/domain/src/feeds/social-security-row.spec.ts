import { validateSocialSecurityRow } from './social-security-row';

describe('social-security feed rows', () => {
  it('normalises a good row', () => {
    expect(validateSocialSecurityRow({ idNumber: ' 11010519491231002x ', employerCreditCode: '91440300708461136t', month: '2023-06' })).toEqual({
      ok: true,
      row: { idNumber: '11010519491231002X', employerCreditCode: '91440300708461136T', month: '2023-06' },
    });
  });

  it.each([
    [{ idNumber: '1101', employerCreditCode: '91440300708461136T', month: '2023-06' }, /^idNumber/],
    [{ idNumber: '11010519491231002X', employerCreditCode: 'ABC', month: '2023-06' }, /^employerCreditCode/],
    [{ idNumber: '11010519491231002X', employerCreditCode: '91440300708461136T', month: '2023-13' }, /^month/],
    [{ idNumber: 11010519491231002, employerCreditCode: '91440300708461136T', month: '2023-06' }, /^idNumber/],
    [{}, /^idNumber/],
  ])('gives a reason, never throws, for %j', (fields, reason) => {
    const verdict = validateSocialSecurityRow(fields as never);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toMatch(reason);
  });
});
