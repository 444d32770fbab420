import { createHash } from 'node:crypto';

/**
 * The draw's only source of chance: SHA-256 of (seed, label, counter) read as a stream of 32-bit
 * words. Anyone with the seed gets the same stream, in any language; integers below `n` are taken
 * by rejection, so every value is exactly equally likely (no modulo bias).
 */
export class DrawRandom {
  private words: number[] = [];
  private counter = 0;

  constructor(
    private readonly seed: string,
    private readonly label: string,
  ) {}

  /** An integer in [0, n), each value equally likely. */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`cannot draw below ${n}`);
    const limit = Math.floor(2 ** 32 / n) * n;
    for (;;) {
      const word = this.nextWord();
      if (word < limit) return word % n;
    }
  }

  /** A uniformly random order of `items` (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = this.below(i + 1);
      [order[i], order[j]] = [order[j] as T, order[i] as T];
    }
    return order;
  }

  private nextWord(): number {
    if (this.words.length === 0) {
      const block = createHash('sha256').update(`${this.seed}\u0000${this.label}\u0000${this.counter}`).digest();
      this.counter += 1;
      for (let offset = 0; offset < block.length; offset += 4) this.words.push(block.readUInt32BE(offset));
    }
    return this.words.shift() as number;
  }
}
