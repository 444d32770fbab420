import { checkCharacterOf, identityNumberProblem, maskIdentityNumber } from './identity-number';

describe('GB 11643 identity numbers', () => {
  it('accepts the standard example and its X check character', () => {
    expect(identityNumberProblem('11010519491231002X')).toBeNull();
    expect(checkCharacterOf('11010519491231002')).toBe('X');
  });

  it('computes digit check characters', () => {
    expect(checkCharacterOf('44052418800101001')).toBe('4');
    expect(identityNumberProblem('440524188001010014')).toBeNull();
  });

  it('rejects a wrong check character, a bad date and a wrong shape', () => {
    expect(identityNumberProblem('110105194912310021')).toBe('fails the GB 11643 check character');
    expect(identityNumberProblem('110105194902300020')).toBe('has an impossible date of birth');
    expect(identityNumberProblem('1101051949123100')).toBe('must be 17 digits followed by a digit or X');
  });
});

describe('masking identity numbers for the public (R-PB-5, R-CT-2)', () => {
  it('keeps 3 leading and 4 trailing characters', () => {
    expect(maskIdentityNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdentityNumber('12345')).toBe('*****');
  });
});
