import type { CommitteePrisma } from '@zc/committee/data-access';

export interface ReadyDeclaration {
  declarationId: string;
  specialty: string;
  level: string;
  employerCreditCode: string;
  planId: string;
}

/**
 * Declarations routed to a committee that verification passed and no review plan holds yet: what
 * the office may put before a meeting. `lock` holds them for the transaction filing a plan.
 */
export function readyDeclarations(tx: Pick<CommitteePrisma, '$queryRawUnsafe'>, committeeId: string, options: { planId?: string; lock?: boolean } = {}): Promise<ReadyDeclaration[]> {
  return tx.$queryRawUnsafe<ReadyDeclaration[]>(
    `SELECT r."declarationId"::text AS "declarationId", r.specialty, r.level, r."employerCreditCode", r."planId"
     FROM "RoutedDeclaration" r JOIN "VerificationOutcome" v USING ("declarationId")
     WHERE r."committeeId" = $1 AND ($2::text IS NULL OR r."planId" = $2) AND v.outcome = 'passed' AND r."reviewPlanId" IS NULL
     ORDER BY r."acceptedAt"${options.lock ? ' FOR UPDATE OF r' : ''}`,
    committeeId,
    options.planId ?? null,
  );
}
