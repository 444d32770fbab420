import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, FindingRaised, type Envelope } from '@zc/contracts';
import type { Publish } from '@zc/messaging';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import type { RuleContext, SupervisionRule, Violation } from '@zc/supervision/domain';
import { writeThrough, type EvaluationScope } from './evaluation-scope';

/**
 * Runs a rule on an event and turns what it finds into findings: stored once per violation (its
 * dedupe key), placed in the case's region, put on the findings feed and published as an event,
 * all in the caller's transaction. Every evaluation is logged, silent ones too.
 */
@Injectable()
export class FindingRecorder {
  private readonly logger = new Logger(FindingRecorder.name);

  async evaluate(tx: SupervisionPrisma, publish: Publish, rule: SupervisionRule, event: Envelope, scope: EvaluationScope = writeThrough(tx)): Promise<string[]> {
    let violations: Violation[];
    try {
      violations = await rule.evaluate(event, scope.context);
    } catch (error) {
      // A rule that cannot judge (an unpublished calendar year, say) must not stop the audit trail.
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(`${rule.ruleId} could not evaluate ${event.type} ${event.id}: ${reason}`);
      await scope.log({ ruleId: rule.ruleId, subject: event.subject, triggerEventId: event.id, outcome: `error: ${reason}`.slice(0, 500) });
      return [];
    }
    if (violations.length === 0) {
      await scope.log({ ruleId: rule.ruleId, subject: event.subject, triggerEventId: event.id, outcome: 'silent' });
      return [];
    }
    const ids: string[] = [];
    for (const violation of violations) {
      const findingId = await this.raise(tx, publish, rule, violation, event, scope);
      await scope.log({ ruleId: rule.ruleId, subject: violation.subject, triggerEventId: event.id, outcome: 'finding', findingId });
      ids.push(findingId);
    }
    return ids;
  }

  private async raise(tx: SupervisionPrisma, publish: Publish, rule: SupervisionRule, violation: Violation, cause: Envelope, scope: EvaluationScope): Promise<string> {
    const existing = await tx.finding.findUnique({ where: { dedupeKey: violation.dedupeKey } });
    if (existing) return existing.id;
    const place = await placeOf(scope.context, violation);
    const id = randomUUID();
    const finding = await tx.finding.create({
      data: { id, ruleId: rule.ruleId, severity: rule.severity, title: violation.title, detail: violation.detail, subject: violation.subject, subjectKind: violation.subjectKind, ...place, evidence: violation.evidence, dedupeKey: violation.dedupeKey, status: 'open' },
    });
    await scope.feedRaised(id);
    await publish(
      createEvent(
        FindingRaised,
        violation.subject,
        { findingId: id, ruleId: rule.ruleId, severity: rule.severity, title: violation.title, detail: violation.detail, subject: violation.subject, subjectKind: violation.subjectKind, ...place, evidence: violation.evidence, raisedAt: finding.raisedAt.toISOString() },
        { source: 'supervision', correlationId: cause.correlationId, causedBy: cause },
      ),
    );
    return id;
  }
}

/** Where a finding belongs: the region, committee and series of its case (a review plan's through its committee). */
async function placeOf(cases: Pick<RuleContext, 'caseOf'>, violation: Violation): Promise<{ region: string | null; committee: string | null; series: string | null }> {
  const subject = await cases.caseOf(violation.subject);
  const committeeId = violation.subjectKind === 'committee' ? violation.subject : (subject?.committee ?? null);
  const committee = committeeId && committeeId !== violation.subject ? await cases.caseOf(committeeId) : subject;
  return { region: subject?.region ?? committee?.region ?? null, committee: committeeId, series: subject?.series ?? null };
}
