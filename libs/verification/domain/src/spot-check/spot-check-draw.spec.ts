import { drawSpotCheck } from './spot-check-draw';
import { newSpotCheckSecret, spotCheckCommitment, spotCheckSeedOf } from './spot-check-seed';

const population = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('spot-check draw (R-VF-1)', () => {
  it('is reproducible from its seed, whatever the order of the population', () => {
    const first = drawSpotCheck(population, 'tianjin-2023/2023-11-01', 0.1);
    const again = drawSpotCheck([...population].reverse(), 'tianjin-2023/2023-11-01', 0.1);
    expect(again).toEqual(first);
    // Pinned: a change to the algorithm would make published draws unreproducible.
    expect(first.slice(0, 3)).toEqual(['00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000010', '00000000-0000-4000-8000-000000000029']);
    expect(first).toHaveLength(20);
  });

  it('draws a different sample with another seed', () => {
    expect(drawSpotCheck(population, 'seed-a', 0.1)).not.toEqual(drawSpotCheck(population, 'seed-b', 0.1));
  });

  it('draws at least one from a small population, all at rate 1, none from nobody', () => {
    expect(drawSpotCheck(population.slice(0, 3), 's', 0.1)).toHaveLength(1);
    expect(drawSpotCheck(population.slice(0, 3), 's', 1)).toEqual(population.slice(0, 3));
    expect(drawSpotCheck([], 's', 0.5)).toEqual([]);
  });

  it('refuses a rate outside (0, 1]', () => {
    expect(() => drawSpotCheck(population, 's', 0)).toThrow(RangeError);
    expect(() => drawSpotCheck(population, 's', 1.5)).toThrow(RangeError);
  });
});

describe('spot-check commit and reveal (R-VF-1)', () => {
  it('publishes a commitment that only the revealed secret matches, and draws on secret and witness together', () => {
    const secret = newSpotCheckSecret();
    expect(spotCheckCommitment(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(spotCheckCommitment(newSpotCheckSecret())).not.toBe(spotCheckCommitment(secret));
    // Another witness input draws another sample from the same secret: the bureau cannot know it in advance.
    expect(drawSpotCheck(population, spotCheckSeedOf(secret, '0427'), 0.1)).not.toEqual(drawSpotCheck(population, spotCheckSeedOf(secret, '0428'), 0.1));
    expect(drawSpotCheck(population, spotCheckSeedOf(secret, '0427'), 0.1)).toEqual(drawSpotCheck(population, spotCheckSeedOf(secret, '0427'), 0.1));
  });
});
