import type { RuleContext } from '@zc/supervision/domain';

/** What a rule concluded on an event (a RuleEvaluation row). */
export interface EvaluationRow {
  ruleId: string;
  subject: string;
  triggerEventId: string;
  outcome: string;
  findingId?: string | null;
}

/**
 * How a rule's evaluation meets the rest of its transaction. Supervision's batches hold their
 * writes (timeline rows, case facts, evaluation logs, the feed) to make them in one statement at
 * the batch's end (a deferred sweep is a batch too), and answer the rules' reads from what the database held before the batch plus
 * what the batch holds so far, so a rule evaluated on event k sees the state as of event k (R-SV-2).
 */
export interface EvaluationScope {
  /** What rules read: cases, timelines, plans. */
  readonly context: RuleContext;
  /** Keeps the outcome of one evaluation (a RuleEvaluation row), written with its batch. */
  log(row: EvaluationRow): Promise<void>;
  /**
   * Puts a raised finding on the findings feed, with its batch. The feed's seq is taken under a
   * lock held to commit, so a batch takes it once at its end, as briefly as the audit chain's.
   */
  feedRaised(findingId: string): Promise<void>;
}
