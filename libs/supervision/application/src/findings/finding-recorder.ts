import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, FindingRaised, type Envelope } from '@zc/contracts';
import type { Publish, SqlExecutor } from '@zc/messaging';
import type { RuleContext, SupervisionRule, Violation } from '@zc/supervision/domain';
import type { EvaluationScope } from './evaluation-scope';

/**
 * Runs a rule on an event and turns what it finds into findings: stored once per violation (its
 * dedupe key), placed in the case's region, put on the findings feed and published as an event,
 * all in the caller's transaction. Every evaluation is logged, silent ones too.
 */
@Injectable()
export class FindingRecorder {
  private readonly logger = new Logger(FindingRecorder.name);

  async evaluate(tx: SqlExecutor, publish: Publish, rule: SupervisionRule, event: Envelope, scope: EvaluationScope): Promise<string[]> {
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

  private async raise(tx: SqlExecutor, publish: Publish, rule: SupervisionRule, violation: Violation, cause: Envelope, scope: EvaluationScope): Promise<string> {
    const place = await placeOf(scope.context, violation);
    const id = randomUUID();
    // One statement for a new violation; a known one (its dedupe key taken) keeps its finding.
    const [created] = await tx.$queryRawUnsafe<{ raisedAt: Date }[]>(
      `INSERT INTO "Finding" (id, "ruleId", severity, title, detail, subject, "subjectKind", region, committee, series, evidence, "dedupeKey", status, "raisedAt", "updatedAt")
       VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::text[], $12, 'open', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC')
       ON CONFLICT ("dedupeKey") DO NOTHING RETURNING "raisedAt"`,
      ...[id, rule.ruleId, rule.severity, violation.title, violation.detail, violation.subject, violation.subjectKind, place.region, place.committee, place.series, violation.evidence, violation.dedupeKey],
    );
    if (!created) {
      const [existing] = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id::text AS id FROM "Finding" WHERE "dedupeKey" = $1`, violation.dedupeKey);
      return existing?.id as string;
    }
    await scope.feedRaised(id);
    await publish(
      createEvent(
        FindingRaised,
        violation.subject,
        { findingId: id, ruleId: rule.ruleId, severity: rule.severity, title: violation.title, detail: violation.detail, subject: violation.subject, subjectKind: violation.subjectKind, ...place, evidence: violation.evidence, raisedAt: created.raisedAt.toISOString() },
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
