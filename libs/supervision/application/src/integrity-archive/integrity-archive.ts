import { Injectable } from '@nestjs/common';
import { createEvent, DeclarationStatusChanged, IntegrityRecordRecorded, type Envelope, type EventOf } from '@zc/contracts';
import type { Publish, SqlExecutor } from '@zc/messaging';
import { integrityRecordOf, type RuleContext } from '@zc/supervision/domain';

/**
 * The integrity archive (诚信档案, R-SV-1): a declaration cancelled or a title revoked for fraud
 * becomes the person's record for 3 years, published for intake (which refuses their
 * declarations, R-EL-6) and certificate (which revokes the title, R-CT-4).
 */
@Injectable()
export class IntegrityArchive {
  /** Whether the event can make a record. */
  concerns(event: Envelope): boolean {
    return event.type === DeclarationStatusChanged.type && Boolean((event as EventOf<typeof DeclarationStatusChanged>).data.fraud);
  }

  /** `cases` gives the declaration's facts as of this event (the person's id number). */
  async record(tx: SqlExecutor, publish: Publish, event: Envelope, cases: Pick<RuleContext, 'caseOf'>): Promise<void> {
    if (!this.concerns(event)) return;
    const changed = event as EventOf<typeof DeclarationStatusChanged>;
    const declaration = await cases.caseOf(changed.data.declarationId);
    const draft = integrityRecordOf(changed, declaration?.idNumber);
    if (!draft) return;
    const created = await tx.$executeRawUnsafe(
      `INSERT INTO "IntegrityRecord" (id, "idNumber", "declarationId", "ruleId", reason, "recordedOn", "activeUntil", evidence, "createdAt")
       VALUES ($1, $2, $3::uuid, $4, $5, $6, $7, $8::text[], now() AT TIME ZONE 'UTC') ON CONFLICT (id) DO NOTHING`,
      ...[draft.id, draft.idNumber, draft.declarationId, draft.ruleId, draft.reason, draft.recordedOn, draft.activeUntil, draft.evidence],
    );
    // Recorded before (the event seen again): published then.
    if (created === 0) return;
    await publish(
      createEvent(
        IntegrityRecordRecorded,
        draft.idNumber,
        { recordId: draft.id, idNumber: draft.idNumber, declarationId: draft.declarationId, ruleId: draft.ruleId, reason: draft.reason, activeUntil: draft.activeUntil },
        { source: 'supervision', correlationId: event.correlationId, causedBy: event },
      ),
    );
  }
}
