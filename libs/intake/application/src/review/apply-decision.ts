import { ConflictException } from '@nestjs/common';
import { createEvent, DeclarationAccepted, DeclarationStatusChanged, type Envelope } from '@zc/contracts';
import type { Declaration } from '@zc/intake/data-access';
import { applicantProfileSchema, catalogueNames, levelSchema, REVIEW_STATUSES, SEED_CATALOGUE, type Actor, type DeclarationUnderReview, type ReviewDecision, type ReviewStatus } from '@zc/intake/domain';
import type { Publish } from '@zc/messaging';
import type { IntakeTx } from '../declarations/declaration-loader';

/** What verification checks against the feeds (R-VF-1, R-VF-3) and the certificate prints (R-CT-3), as the applicant declared it. */
const acceptedFactsOf = (profile: unknown) => applicantProfileSchema.pick({ education: true, continuingEducationPromise: true, directedCounty: true }).parse(profile);

function unitPublicityOf(stored: unknown): { from: string; to: string } | undefined {
  const publicity = stored as { from?: string; to?: string } | null;
  return publicity?.from && publicity.to ? { from: publicity.from, to: publicity.to } : undefined;
}

export interface DecisionOrigin {
  actor: Actor;
  actorId: string | null;
  correlationId: string;
  causedBy?: Envelope;
  /** Intake's business day of the change (R-RV-3). */
  on?: string;
  /** The fraud behind a cancellation or revocation (R-SV-1). */
  fraud?: { ruleId: string; finding: string };
}

/** The declaration as the review state machine sees it; one past review cannot be reviewed (409). */
export function underReview(declaration: Declaration): DeclarationUnderReview {
  if (!(REVIEW_STATUSES as readonly string[]).includes(declaration.status)) {
    throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: null, message: `a declaration that is ${declaration.status} is past review` });
  }
  return {
    status: declaration.status as ReviewStatus,
    correctionRequested: declaration.correctionRequested,
    correctionDeadline: declaration.correctionDeadline,
    feeDeadline: declaration.feeDeadline,
  };
}

/** A refused decision is a 409 naming the rule (if any) and the reason; nothing is written. */
export function conflictFrom(decision: Extract<ReviewDecision, { ok: false }>): ConflictException {
  return new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: decision.ruleId, message: decision.reason });
}

/**
 * Writes an accepted decision: the new status and deadlines, the history line, and the events —
 * a status change for every transition, plus `accepted` (with routing) for downstream services.
 */
export async function applyDecision(
  tx: IntakeTx,
  publish: Publish,
  declaration: Declaration,
  decision: Pick<Extract<ReviewDecision, { ok: true }>, 'reason'> & { to: string; changes?: Extract<ReviewDecision, { ok: true }>['changes'] },
  origin: DecisionOrigin,
): Promise<Declaration> {
  const updated = await tx.declaration.update({
    where: { id: declaration.id },
    data: {
      ...decision.changes,
      status: decision.to,
      history: { create: { fromStatus: declaration.status, toStatus: decision.to, reason: decision.reason, actor: origin.actor, actorId: origin.actorId } },
    },
  });
  const meta = { source: 'intake', correlationId: origin.correlationId, causedBy: origin.causedBy };
  await publish(
    createEvent(
      DeclarationStatusChanged,
      declaration.id,
      {
        declarationId: declaration.id,
        from: declaration.status,
        to: decision.to,
        reason: decision.reason,
        actor: origin.actor,
        deadline: decision.changes?.correctionDeadline ?? decision.changes?.feeDeadline ?? null,
        on: origin.on,
        unitPublicity: decision.to === 'recommended' ? unitPublicityOf(updated.unitPublicity) : undefined,
        fraud: origin.fraud,
      },
      meta,
    ),
  );
  if (decision.to === 'accepted') {
    const { education, continuingEducationPromise, directedCounty } = acceptedFactsOf(updated.profile);
    await publish(
      createEvent(
        DeclarationAccepted,
        declaration.id,
        {
          declarationId: declaration.id,
          applicantName: updated.applicantName,
          idNumber: updated.idNumber,
          employerCreditCode: updated.employerCreditCode,
          series: updated.series,
          specialty: updated.specialty,
          level: updated.level,
          region: updated.region,
          channel: updated.channel,
          committee: updated.committee ?? '',
          planId: updated.planId,
          planVersion: updated.planVersion,
          education,
          continuingEducationPromise,
          directedCounty,
          applicantAccount: updated.submittedBy,
          ...catalogueNames(SEED_CATALOGUE, updated.series, updated.specialty, levelSchema.safeParse(updated.level).data),
        },
        meta,
      ),
    );
  }
  return updated;
}
