/**
 * Unified social credit codes (GB 32100-2015): 18 characters from a 31-character alphabet (no I,
 * O, Z, S, V), the last a MOD 31 check character. Real codes from the pilot years can fail the
 * check, so callers treat a failure as a warning, not a refusal.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`'${char}' is not in the GB 32100 alphabet`);
    return total + value * (WEIGHTS[i] as number);
  }, 0);
  return ALPHABET[(31 - (sum % 31)) % 31] as string;
}

/** Why the value is not a valid credit code, or null when it is. */
export function creditCodeProblem(value: string): string | null {
  if (!new RegExp(`^[${ALPHABET}]{18}$`).test(value)) return 'must be 18 characters of 0-9 and A-Y without I, O, S, V, Z';
  if (creditCodeCheckCharacter(value.slice(0, 17)) !== value[17]) return 'fails the GB 32100 check character';
  return null;
}
