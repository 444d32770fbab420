import type { ExpertCandidate } from '../draw/expert-draw';

/**
 * What is wrong with an expert pool, if anything (R-CM-3): a series open to high-skill talent keeps
 * at least three high-skill experts; pools include experts from non-public organisations (000 §3(7)).
 */
export function poolProblems(experts: readonly Pick<ExpertCandidate, 'highSkill' | 'nonPublic' | 'available'>[], rules: { openToHighSkill: boolean; minimumHighSkill?: number }): string[] {
  const problems: string[] = [];
  const minimum = rules.minimumHighSkill ?? 3;
  const highSkill = experts.filter((e) => e.highSkill).length;
  if (rules.openToHighSkill && highSkill < minimum) problems.push(`${highSkill} high-skill experts in the pool, at least ${minimum} required for a series open to high-skill talent (R-CM-3)`);
  if (!experts.some((e) => e.nonPublic)) problems.push('no expert from a non-public organisation in the pool (000 §3(7))');
  return problems;
}
