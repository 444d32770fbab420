import { createHash, randomBytes } from 'node:crypto';

/**
 * Commit and reveal (R-CM-2, witnessable draw): when the review plan is filed, only the SHA-256
 * of a fresh secret seed is published; at the draw the seed is revealed and anyone can check it
 * against the commitment. A witness (e.g. the supervising inspector) adds an input of their own at
 * the draw, unknown when the seed was committed, so the office cannot have tried seeds in advance.
 */
export function newSecretSeed(): string {
  return randomBytes(32).toString('hex');
}

export function commitmentTo(seed: string): string {
  return createHash('sha256').update(`zc-expert-draw:${seed}`).digest('hex');
}

export function revealMatches(seed: string, commitment: string): boolean {
  return commitmentTo(seed) === commitment;
}

/** The seed the draw runs on: the revealed secret and the witness's input, both public afterwards. */
export function drawSeedOf(revealedSeed: string, witnessInput: string): string {
  return createHash('sha256').update(`${revealedSeed}:${witnessInput}`).digest('hex');
}
