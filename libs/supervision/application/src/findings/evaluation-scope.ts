import type { SqlExecutor } from '@zc/messaging';
import type { CaseFacts, RuleContext } from '@zc/supervision/domain';
import { nextFeedSeq } from './findings-feed-lock';
import { ruleContextOf } from './stored-rule-context';

/**
 * How a rule's evaluation meets the rest of its transaction. Supervision's batches hold their
 * writes (timeline rows, case facts, evaluation logs, the feed) to make them in one statement each
 * at the batch's end, and answer the rules' reads from what the database held before the batch plus
 * what the batch holds so far, so a rule evaluated on event k sees the state as of event k (R-SV-2).
 */
/** What a rule concluded on an event (a RuleEvaluation row). */
export interface EvaluationRow {
  ruleId: string;
  subject: string;
  triggerEventId: string;
  outcome: string;
  findingId?: string | null;
}

export interface EvaluationScope {
  /** What rules read: cases, timelines, plans. */
  readonly context: RuleContext;
  /** Keeps the outcome of one evaluation (a RuleEvaluation row), now or with its batch. */
  log(row: EvaluationRow): Promise<void>;
  /**
   * Puts a raised finding on the findings feed, now or with its batch. The feed's seq is taken
   * under a lock held to commit, so a batch takes it once at its end, as briefly as the audit chain's.
   */
  feedRaised(findingId: string): Promise<void>;
}

/** Nothing held back: each read from the database, each outcome written at once (deferred checks, one event at a time). */
export function writeThrough(tx: SqlExecutor): EvaluationScope {
  return {
    context: ruleContextOf(tx),
    log: async (row) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "RuleEvaluation" ("ruleId", subject, "triggerEventId", outcome, "findingId", "evaluatedAt") VALUES ($1, $2, $3, $4, $5::uuid, now() AT TIME ZONE 'UTC')`,
        row.ruleId,
        row.subject,
        row.triggerEventId,
        row.outcome,
        row.findingId ?? null,
      );
    },
    feedRaised: async (findingId) => {
      await tx.$executeRawUnsafe(
        `INSERT INTO "FindingChange" (seq, "findingId", change, status, at) VALUES ($1::bigint, $2::uuid, 'raised', 'open', now() AT TIME ZONE 'UTC')`,
        String(await nextFeedSeq(tx)),
        findingId,
      );
    },
  };
}

/** A case as rules see it, from a database row. */
export type CaseLookup = (id: string) => Promise<CaseFacts | null>;
