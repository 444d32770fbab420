import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
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
  };
}
