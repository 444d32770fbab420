import { createHash, randomBytes } from 'node:crypto';

/**
 * Commit and reveal for the spot check (R-VF-1), as for the expert draw: when the bureau announces
 * a spot check, the platform makes a secret seed and publishes only its SHA-256, with the frozen
 * population; at the draw an inspector adds a witness input of their own, unknown at the
 * announcement. Nobody can choose the seed, nor try seeds until the sample suits them.
 */
export function newSpotCheckSecret(): string {
  return randomBytes(32).toString('hex');
}

export function spotCheckCommitment(secret: string): string {
  return createHash('sha256').update(`zc-spot-check:${secret}`).digest('hex');
}

/** The seed the draw runs on: the revealed secret and the witness's input, both public afterwards. */
export function spotCheckSeedOf(secret: string, witnessInput: string): string {
  return createHash('sha256').update(`${secret}:${witnessInput}`).digest('hex');
}
