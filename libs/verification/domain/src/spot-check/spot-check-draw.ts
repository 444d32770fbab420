import { createHash } from 'node:crypto';

/**
 * The bureau's spot check of continuing-education promises (R-VF-1): ceil(rate × population)
 * declarations, ranked by the SHA-256 of seed and declaration id. The draw depends only on the
 * seed and on who is in the population, never on order or on when it runs, so anyone holding the
 * published seed and population can reproduce it; nobody can steer it without changing the seed.
 */
export function drawSpotCheck(population: readonly string[], seed: string, rate: number): string[] {
  if (!(rate > 0 && rate <= 1)) throw new RangeError(`rate must be in (0, 1], got ${rate}`);
  const unique = [...new Set(population)];
  const size = Math.ceil(unique.length * rate);
  return unique
    .map((id) => ({ id, rank: createHash('sha256').update(`${seed}:${id}`).digest('hex') }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, size)
    .map((entry) => entry.id)
    .sort();
}
