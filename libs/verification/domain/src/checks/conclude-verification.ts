import type { FeedSourceName } from '@zc/contracts';

/** The checks every accepted declaration goes through; their verdicts make its one verdict. */
export const DECLARATION_CHECKS = ['social-security', 'continuing-education', 'degree'] as const;
export type DeclarationCheck = (typeof DECLARATION_CHECKS)[number];

/** A drawn promise is checked as a check of its own, after the declaration's verdict went out. */
export const PROMISE_SPOT_CHECK = 'promise-spot-check';
export type CheckKind = DeclarationCheck | typeof PROMISE_SPOT_CHECK;

/** The feed a check reads. */
export function feedOfCheck(check: string): FeedSourceName {
  return check === PROMISE_SPOT_CHECK ? 'continuing-education' : (check as FeedSourceName);
}

/** The checks a feed's data can settle: whose pending ones re-run when it brings records. */
export function checksReading(source: FeedSourceName): CheckKind[] {
  return source === 'continuing-education' ? ['continuing-education', PROMISE_SPOT_CHECK] : [source];
}

/** A check in one of these states is done with: its outcome counts towards the verdict. */
export const SETTLED_STATUSES = ['passed', 'failed'] as const;

export interface CheckState {
  check: string;
  status: 'pending' | 'manual-review' | 'passed' | 'failed';
  reason: string;
  settledBy: 'feed-data' | 'promise' | 'manual-review' | null;
}

export interface Conclusion {
  outcome: 'passed' | 'failed';
  reason: string;
  checks: { check: DeclarationCheck; outcome: 'passed' | 'failed'; reason: string; settledBy: 'feed-data' | 'promise' | 'manual-review' }[];
}

export function isSettled(status: CheckState['status']): status is (typeof SETTLED_STATUSES)[number] {
  return (SETTLED_STATUSES as readonly string[]).includes(status);
}

/** The declaration's verdict once every one of its checks has settled; null while any is open. */
export function concludeVerification(states: readonly CheckState[]): Conclusion | null {
  const checks = DECLARATION_CHECKS.map((check) => states.find((s) => s.check === check));
  const settled = checks.flatMap((state) =>
    state && isSettled(state.status)
      ? [{ check: state.check as DeclarationCheck, outcome: state.status, reason: state.reason, settledBy: state.settledBy ?? 'feed-data' }]
      : [],
  );
  if (settled.length < DECLARATION_CHECKS.length) return null;
  const failed = settled.filter((c) => c.outcome === 'failed');
  return {
    outcome: failed.length === 0 ? 'passed' : 'failed',
    reason: failed.length === 0 ? 'every data-sharing check passed (R-VF-*)' : failed.map((c) => `${c.check}: ${c.reason}`).join('; '),
    checks: settled,
  };
}
