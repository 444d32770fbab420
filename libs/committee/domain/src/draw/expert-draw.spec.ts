import { DrawRandom } from './draw-random';
import { drawPanels, type DrawInputs, type ExpertCandidate } from './expert-draw';
import { commitmentTo, drawSeedOf, revealMatches } from './seed-commitment';

const expert = (n: number, overrides: Partial<ExpertCandidate> = {}): ExpertCandidate => ({
  id: `expert-${String(n).padStart(3, '0')}`,
  specialties: ['metrology'],
  highSkill: false,
  nonPublic: false,
  employerCreditCode: `UNIT-${n}`,
  available: true,
  conflicts: [],
  ...overrides,
});
const panel = { specialty: 'metrology', size: 5, substitutes: 2, highSkillMinimum: 0, nonPublicMinimum: 0 };
const inputs = (overrides: Partial<DrawInputs> = {}): DrawInputs => ({
  seed: 'seed-1',
  panels: [panel],
  experts: Array.from({ length: 20 }, (_, i) => expert(i)),
  declarations: [{ id: 'd-1', specialty: 'metrology', employerCreditCode: 'APPLICANT-UNIT' }],
  ...overrides,
});
const drawn = (result: ReturnType<typeof drawPanels>) => {
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.panels;
};

describe('expert draw', () => {
  it('is a function of its public inputs alone: same inputs, same experts, whatever their order', () => {
    const first = drawn(drawPanels(inputs()));
    const shuffled = drawn(drawPanels(inputs({ experts: [...inputs().experts].reverse() })));
    expect(shuffled).toEqual(first);
    expect(first[0]!.members).toHaveLength(5);
    expect(first[0]!.substitutes).toHaveLength(2);
  });

  it('gives another draw when any input changes', () => {
    const first = drawn(drawPanels(inputs()))[0]!.members;
    expect(drawn(drawPanels(inputs({ seed: 'seed-2' })))[0]!.members).not.toEqual(first);
    const oneLess = inputs().experts.filter((e) => e.id !== first[0]);
    expect(drawn(drawPanels(inputs({ experts: oneLess })))[0]!.members).not.toContain(first[0]);
  });

  it('recuses the employer of an applicant before the panel and a declared conflict (R-CM-4)', () => {
    const experts = Array.from({ length: 8 }, (_, i) => expert(i));
    experts[0] = expert(0, { employerCreditCode: 'APPLICANT-UNIT' });
    experts[1] = expert(1, { conflicts: ['d-1'] });
    for (let s = 0; s < 50; s += 1) {
      const [result] = drawn(drawPanels(inputs({ experts, seed: `s-${s}` })));
      expect(result!.members).not.toContain('expert-000');
      expect(result!.members).not.toContain('expert-001');
      expect(result!.substitutes).not.toContain('expert-000');
      expect(result!.eligible).toBe(6);
    }
    const [result] = drawn(drawPanels(inputs({ experts })));
    expect(result!.recused.map((r) => r.expertId)).toEqual(['expert-000', 'expert-001']);
  });

  it('puts at least the minimum of high-skill and non-public experts on the panel (R-CM-3)', () => {
    const experts = Array.from({ length: 30 }, (_, i) => expert(i, { highSkill: i === 17, nonPublic: i === 4 || i === 9 }));
    for (let s = 0; s < 50; s += 1) {
      const [result] = drawn(drawPanels(inputs({ experts, seed: `s-${s}`, panels: [{ ...panel, highSkillMinimum: 1, nonPublicMinimum: 2 }] })));
      expect(result!.members).toContain('expert-017');
      expect(result!.members).toEqual(expect.arrayContaining(['expert-004', 'expert-009']));
    }
  });

  it('refuses a draw the pool cannot satisfy, saying why', () => {
    const result = drawPanels(inputs({ experts: Array.from({ length: 4 }, (_, i) => expert(i)), panels: [{ ...panel, highSkillMinimum: 1 }] }));
    expect(result).toEqual({ ok: false, problems: ['metrology: 4 eligible experts for a panel of 5', 'metrology: 0 eligible high-skill experts, at least 1 required (R-CM-3)'] });
  });

  it('never draws one expert for two panels', () => {
    const experts = Array.from({ length: 12 }, (_, i) => expert(i, { specialties: ['metrology', 'standardisation'] }));
    const panels = drawn(drawPanels(inputs({ experts, panels: [panel, { ...panel, specialty: 'standardisation' }] })));
    const everyone = panels.flatMap((p) => [...p.members, ...p.substitutes]);
    expect(new Set(everyone).size).toBe(everyone.length);
  });

  it('selects uniformly among eligible experts (chi-square, α = 0.001)', () => {
    // 20 eligible, panels of 5, 20,000 draws: each expert expected 5,000 times. Counts of a draw
    // without replacement vary by a factor (1 − 5/20) less than multinomial ones, so the statistic
    // is divided by it to follow chi-square with 19 degrees of freedom; the 0.999 quantile is 43.82.
    const draws = 20_000;
    const counts = new Map<string, number>();
    for (let s = 0; s < draws; s += 1) {
      for (const id of drawn(drawPanels(inputs({ seed: `uniformity-${s}` })))[0]!.members) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const expected = (draws * 5) / 20;
    const statistic = [...counts.values()].reduce((sum, observed) => sum + (observed - expected) ** 2 / expected, 0) / (1 - 5 / 20);
    expect(counts.size).toBe(20);
    expect(statistic).toBeLessThan(43.82);
  });

  it('draws integers without modulo bias', () => {
    const random = new DrawRandom('bias', 'test');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) counts[random.below(3)]! += 1;
    const statistic = counts.reduce((sum, observed) => sum + (observed - 10_000) ** 2 / 10_000, 0);
    expect(statistic).toBeLessThan(13.82); // chi-square, 2 degrees of freedom, α = 0.001
  });
});

describe('seed commitment', () => {
  it('reveals only the committed seed, and mixes in the witness input', () => {
    const commitment = commitmentTo('secret');
    expect(revealMatches('secret', commitment)).toBe(true);
    expect(revealMatches('other', commitment)).toBe(false);
    expect(drawSeedOf('secret', 'witness-a')).not.toBe(drawSeedOf('secret', 'witness-b'));
  });
});
