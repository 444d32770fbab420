import type { PassRateCap } from '@zc/contracts';

/**
 * R-CM-9: the plan's pass-rate cap the office names for a meeting, by its description (caps apply
 * to post grades a plan cannot otherwise express). None named: no cap; a name the plan lacks is refused.
 */
export function capNamed(caps: readonly PassRateCap[], description: string | undefined): { ok: true; maxRate: number | null } | { ok: false; reason: string } {
  if (description === undefined) return { ok: true, maxRate: null };
  const cap = caps.find((c) => c.description === description);
  if (cap) return { ok: true, maxRate: cap.maxRate };
  return { ok: false, reason: `the plan has no such cap; its caps: ${caps.map((c) => c.description).join('; ') || 'none'}` };
}

/** R-CM-6: the review includes an on-site defence when any declaration's level is one the plan names. */
export function defenceRequired(levels: readonly string[], defenceLevels: readonly string[]): boolean {
  return levels.some((level) => defenceLevels.includes(level));
}
