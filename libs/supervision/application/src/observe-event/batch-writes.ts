import type { Envelope } from '@zc/contracts';
import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
import { caseFactsOf, caseKeysOf, timelineEntryOf, type CaseFacts } from '@zc/supervision/domain';
import type { EvaluationScope } from '../findings/evaluation-scope';
import { nextFeedSeq } from '../findings/findings-feed-lock';
import type { PlanVersions } from '../findings/prisma-rule-context';
import { mergeCaseFacts, upsertCases } from './project-cases';

let lastReceivedAt = 0;

/**
 * Distinct, rising receive times: rules read a case's events by occurrence, then receipt, so the
 * events of one batch (one transaction, one now()) must keep the order they were read in. Real
 * time, not the service clock: an ordering of receipts, which a clock moved back would break.
 */
function nextReceivedAt(): Date {
  // eslint-disable-next-line no-restricted-syntax -- receipt order, in real time (see above)
  lastReceivedAt = Math.max(Date.now(), lastReceivedAt + 1);
  return new Date(lastReceivedAt);
}

/**
 * The writes of a batch's events that can wait: timeline entries and case facts, made in one
 * statement each just before anything reads cases or timelines (a rule, a finding being placed,
 * the integrity archive), so a rule evaluated on event k sees them as of event k (R-SV-2); and
 * the rules' evaluation logs, which nothing in the batch reads, made at the end. Far fewer
 * statements than one per write.
 */
export class BatchWrites implements EvaluationScope {
  readonly plans: PlanVersions = new Map();
  private entries: Prisma.TimelineEntryCreateManyInput[] = [];
  private cases = new Map<string, CaseFacts>();
  private evaluations: Prisma.RuleEvaluationCreateManyInput[] = [];
  private raised: string[] = [];

  constructor(private readonly tx: SupervisionPrisma) {}

  add(event: Envelope, topic: string): void {
    const entry = timelineEntryOf(event, topic);
    this.entries.push({ ...entry, data: entry.data as Prisma.InputJsonValue, caseKeys: caseKeysOf(event), receivedAt: nextReceivedAt() });
    for (const facts of caseFactsOf(event)) this.cases.set(facts.id, mergeCaseFacts(this.cases.get(facts.id), facts));
  }

  async beforeRead(): Promise<void> {
    const entries = this.entries;
    const cases = [...this.cases.values()];
    this.entries = [];
    this.cases = new Map();
    if (entries.length > 0) await this.tx.timelineEntry.createMany({ data: entries });
    await upsertCases(this.tx, cases);
  }

  async log(row: Prisma.RuleEvaluationCreateManyInput): Promise<void> {
    this.evaluations.push(row);
  }

  async feedRaised(findingId: string): Promise<void> {
    this.raised.push(findingId);
  }

  /**
   * Everything still held, before the batch's audit append. The findings feed's lock is taken
   * here, once, and held to commit: taken at the batch's first finding instead, it made every
   * other batch raising findings wait out this one's whole work (lock timeouts under load).
   */
  async finish(): Promise<void> {
    await this.beforeRead();
    const evaluations = this.evaluations;
    this.evaluations = [];
    if (evaluations.length > 0) await this.tx.ruleEvaluation.createMany({ data: evaluations });
    const raised = this.raised;
    this.raised = [];
    if (raised.length === 0) return;
    const first = await nextFeedSeq(this.tx);
    await this.tx.findingChange.createMany({ data: raised.map((findingId, i) => ({ seq: first + BigInt(i), findingId, change: 'raised', status: 'open' })) });
  }
}
