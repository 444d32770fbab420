import { Injectable } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { SupervisionPrisma, type Prisma } from '@zc/supervision/data-access';
import { caseKeysOf, rulesTriggeredBy, timelineEntryOf, type SupervisionRule } from '@zc/supervision/domain';
import { AuditLog } from '../audit/audit-log';
import { DeferredRuleChecks } from '../deferred-rules/deferred-rule-checks';
import { FindingRecorder } from '../findings/finding-recorder';
import { IntegrityArchive } from '../integrity-archive/integrity-archive';
import { projectCases } from './project-cases';

const CONSUMER = 'supervision.observe-event';

/**
 * Everything supervision does with an event, once and in one transaction: the audit chain
 * (R-SV-4), the case timelines, what the event says of its cases, the integrity archive
 * (R-SV-1), and every rule it triggers (R-SV-2); rules that compare topics run after a grace.
 */
@Injectable()
export class ObserveEventCommand {
  constructor(
    private readonly transactions: EventTransactions<SupervisionPrisma>,
    private readonly auditLog: AuditLog,
    private readonly findings: FindingRecorder,
    private readonly integrity: IntegrityArchive,
    private readonly deferredChecks: DeferredRuleChecks,
  ) {}

  async execute(event: Envelope, topic: string): Promise<void> {
    const later: SupervisionRule[] = [];
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const entry = timelineEntryOf(event, topic);
      await tx.timelineEntry.create({ data: { ...entry, data: entry.data as Prisma.InputJsonValue, caseKeys: caseKeysOf(event) } });
      await projectCases(tx, event);
      await this.integrity.record(tx, publish, event);
      for (const rule of rulesTriggeredBy(event.type)) {
        if (rule.deferred) later.push(rule);
        else await this.findings.evaluate(tx, publish, rule, event);
      }
      // Last: the chain's lock is held to commit and serialises every consumer, so hold it briefly
      // (and always after the findings feed's lock, never before, so the two cannot deadlock).
      await this.auditLog.append(tx, event, topic);
    });
    for (const rule of later) await this.deferredChecks.schedule(rule.ruleId, event.id);
  }
}
