import { creditCodeCheckCharacter, creditCodeProblem } from './credit-code';

describe('GB 32100 unified social credit codes', () => {
  it('accepts a code whose check character matches', () => {
    // Published codes of two large companies.
    expect(creditCodeProblem('91440300708461136T')).toBeNull();
    expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
  });

  it('names a wrong check character and a wrong alphabet', () => {
    expect(creditCodeProblem('91440300708461136U')).toBe('fails the GB 32100 check character');
    expect(creditCodeProblem('91120000MA05J1234I')).toMatch(/^must be 18 characters/);
  });
});
