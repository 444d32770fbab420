import type { ExpertCandidate } from '../draw/expert-draw';

/** R-CM-3 (000 §1(2)): a pool for series open to high-skill talent holds at least this many high-skill experts. */
export const POOL_HIGH_SKILL_MINIMUM = 3;

/**
 * What is wrong with an expert pool, if anything (R-CM-3): a series open to high-skill talent keeps
 * at least three high-skill experts; pools include experts from non-public organisations (000 §3(7)).
 */
export function poolProblems(experts: readonly Pick<ExpertCandidate, 'highSkill' | 'nonPublic' | 'available'>[], rules: { openToHighSkill: boolean }): string[] {
  const problems: string[] = [];
  const minimum = POOL_HIGH_SKILL_MINIMUM;
  const highSkill = experts.filter((e) => e.highSkill).length;
  if (rules.openToHighSkill && highSkill < minimum) problems.push(`${highSkill} high-skill experts in the pool, at least ${minimum} required for a series open to high-skill talent (R-CM-3)`);
  if (!experts.some((e) => e.nonPublic)) problems.push('no expert from a non-public organisation in the pool (000 §3(7))');
  return problems;
}
