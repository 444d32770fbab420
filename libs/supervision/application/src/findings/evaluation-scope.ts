import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
import type { CaseFacts, RuleContext } from '@zc/supervision/domain';
import { nextFeedSeq } from './findings-feed-lock';
import { ruleContextOf } from './prisma-rule-context';

/**
 * How a rule's evaluation meets the rest of its transaction. Supervision's batches hold their
 * writes (timeline rows, case facts, evaluation logs, the feed) to make them in one statement each
 * at the batch's end, and answer the rules' reads from what the database held before the batch plus
 * what the batch holds so far, so a rule evaluated on event k sees the state as of event k (R-SV-2).
 */
export interface EvaluationScope {
  /** What rules read: cases, timelines, plans. */
  readonly context: RuleContext;
  /** Keeps the outcome of one evaluation (a RuleEvaluation row), now or with its batch. */
  log(row: Prisma.RuleEvaluationCreateManyInput): Promise<void>;
  /**
   * Puts a raised finding on the findings feed, now or with its batch. The feed's seq is taken
   * under a lock held to commit, so a batch takes it once at its end, as briefly as the audit chain's.
   */
  feedRaised(findingId: string): Promise<void>;
}

/** Nothing held back: each read from the database, each outcome written at once (deferred checks, one event at a time). */
export function writeThrough(tx: SupervisionPrisma): EvaluationScope {
  return {
    context: ruleContextOf(tx),
    log: async (row) => {
      await tx.ruleEvaluation.create({ data: row });
    },
    feedRaised: async (findingId) => {
      await tx.findingChange.create({ data: { seq: await nextFeedSeq(tx), findingId, change: 'raised', status: 'open' } });
    },
  };
}

/** A case as rules see it, from a database row. */
export type CaseLookup = (id: string) => Promise<CaseFacts | null>;
