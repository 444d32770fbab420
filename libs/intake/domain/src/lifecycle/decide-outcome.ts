/**
 * The bureau's last word on a declaration found to rest on fraud or a false promise (R-VF-1,
 * R-SV-1): before a pass it is cancelled; once passed (published or certified) the title is
 * revoked (R-CT-4). Declarations already closed by the applicant or a deadline stay as they are.
 */
export const FRAUD_RULES = ['R-VF-1', 'R-SV-1'] as const;
export type FraudRule = (typeof FRAUD_RULES)[number];

const PASSED = ['published', 'certificate-issued'];
const ALREADY_CLOSED = ['withdrawn', 'abandoned', 'declined', 'cancelled', 'revoked', 'draft'];

export type OutcomeDecision = { ok: true; to: 'cancelled' | 'revoked'; reason: string } | { ok: false; reason: string };

export function decideFraudOutcome(status: string, ruleId: FraudRule, finding: string): OutcomeDecision {
  if (ALREADY_CLOSED.includes(status)) return { ok: false, reason: `a declaration that is ${status} cannot be cancelled or revoked` };
  if (PASSED.includes(status)) return { ok: true, to: 'revoked', reason: `title revoked (${ruleId}, R-CT-4): ${finding}` };
  return { ok: true, to: 'cancelled', reason: `declaration cancelled (${ruleId}): ${finding}` };
}

/** Statuses after which nothing that happens downstream changes a declaration any more. */
export function isClosed(status: string): boolean {
  return ALREADY_CLOSED.includes(status) && status !== 'draft';
}
