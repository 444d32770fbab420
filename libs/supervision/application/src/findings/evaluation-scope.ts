import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
import { nextFeedSeq } from './findings-feed-lock';
import type { PlanVersions } from './prisma-rule-context';

/**
 * How a rule's evaluation meets the rest of its transaction. Supervision's batches hold some
 * writes back (timeline rows, case facts, evaluation logs) to make them in one statement each;
 * a rule must still see the state as of its event (R-SV-2), so held writes are made before any read.
 */
export interface EvaluationScope {
  /** Called before a rule or a finding reads cases or timelines. */
  beforeRead(): Promise<void>;
  /** Keeps the outcome of one evaluation (a RuleEvaluation row), now or with its batch. */
  log(row: Prisma.RuleEvaluationCreateManyInput): Promise<void>;
  /**
   * Puts a raised finding on the findings feed, now or with its batch. The feed's seq is taken
   * under a lock held to commit, so a batch takes it once at its end, as briefly as the audit chain's.
   */
  feedRaised(findingId: string): Promise<void>;
  /** Plan versions already read in this transaction. */
  readonly plans: PlanVersions;
}

/** Nothing held back: each outcome written at once (deferred checks, one event at a time). */
export function writeThrough(tx: SupervisionPrisma): EvaluationScope {
  return {
    plans: new Map(),
    beforeRead: async () => undefined,
    log: async (row) => {
      await tx.ruleEvaluation.create({ data: row });
    },
    feedRaised: async (findingId) => {
      await tx.findingChange.create({ data: { seq: await nextFeedSeq(tx), findingId, change: 'raised', status: 'open' } });
    },
  };
}
