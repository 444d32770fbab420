/**
 * Citizen identity numbers (GB 11643-1999): 17 digits and a check character computed with
 * ISO 7064 MOD 11-2. Used at submission (R-EL-1 needs a real person) and to mask in publicity.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARACTERS = '10X98765432';

export function checkCharacterOf(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('expected 17 digits');
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS[sum % 11] as string;
}

/** Why the value is not a valid identity number, or null when it is. */
export function identityNumberProblem(value: string): string | null {
  if (!/^\d{17}[\dX]$/.test(value)) return 'must be 17 digits followed by a digit or X';
  const birth = value.slice(6, 14);
  const date = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10).replace(/-/g, '') !== birth) {
    return 'has an impossible date of birth';
  }
  if (checkCharacterOf(value.slice(0, 17)) !== value[17]) return 'fails the GB 11643 check character';
  return null;
}

/**
 * What the public may see of an identity number (R-PB-5, R-CT-2): the first 3 and last 4
 * characters, enough to tell two namesakes apart and too little to identify anyone.
 */
export function maskIdentityNumber(idNumber: string): string {
  if (idNumber.length <= 7) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 3)}${'*'.repeat(idNumber.length - 7)}${idNumber.slice(-4)}`;
}
