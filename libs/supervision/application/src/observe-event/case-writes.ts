import type { Envelope } from '@zc/contracts';
import type { Prisma, SupervisionPrisma } from '@zc/supervision/data-access';
import { caseFactsOf, caseKeysOf, timelineEntryOf, type CaseFacts } from '@zc/supervision/domain';
import { mergeCaseFacts, upsertCases } from './project-cases';

let lastReceivedAt = 0;

/**
 * Distinct, rising receive times: rules read a case's events by occurrence, then receipt, so the
 * events of one batch (one transaction, one now()) must keep the order they were read in.
 */
function nextReceivedAt(): Date {
  lastReceivedAt = Math.max(Date.now(), lastReceivedAt + 1);
  return new Date(lastReceivedAt);
}

/**
 * The timeline entries and case facts of a batch's events, held back and written in one
 * statement each when a rule or the integrity archive is about to read them, and at the end of
 * the batch: a rule evaluated on event k then sees the timelines and cases as of event k (R-SV-2),
 * with far fewer statements than one per event.
 */
export class CaseWrites {
  private entries: Prisma.TimelineEntryCreateManyInput[] = [];
  private cases = new Map<string, CaseFacts>();

  constructor(private readonly tx: SupervisionPrisma) {}

  add(event: Envelope, topic: string): void {
    const entry = timelineEntryOf(event, topic);
    this.entries.push({ ...entry, data: entry.data as Prisma.InputJsonValue, caseKeys: caseKeysOf(event), receivedAt: nextReceivedAt() });
    for (const facts of caseFactsOf(event)) this.cases.set(facts.id, mergeCaseFacts(this.cases.get(facts.id), facts));
  }

  async flush(): Promise<void> {
    const entries = this.entries;
    const cases = [...this.cases.values()];
    this.entries = [];
    this.cases = new Map();
    if (entries.length > 0) await this.tx.timelineEntry.createMany({ data: entries });
    await upsertCases(this.tx, cases);
  }
}
