import type { PublicityPrisma } from '@zc/publicity/data-access';
import { PlanNotKnownError, reportingDueAt, type ReportingKind } from '@zc/publicity/domain';

interface Reviewed {
  declarationId: string;
  committee: string | null;
  planId: string | null;
  planVersion: number | null;
}

/**
 * Owes the province a report of this result after the review, or its filing after publicity, by
 * the plan's deadline (R-PB-4). Plans without such deadlines owe nothing; a duty is added once.
 */
export async function oweReporting(tx: PublicityPrisma, candidate: Reviewed, kind: ReportingKind, from: Date, correlationId: string): Promise<void> {
  const { declarationId, committee, planId, planVersion } = candidate;
  if (!committee || !planId || !planVersion) return;
  const plan = await tx.publicityPlan.findUnique({ where: { planId_version: { planId, version: planVersion } } });
  if (!plan) throw new PlanNotKnownError(planId, planVersion);
  const withinDays = kind === 'report' ? plan.reportWithinDays : plan.fileWithinDays;
  if (withinDays === null) return;
  await tx.reportingDuty.upsert({
    where: { declarationId_kind: { declarationId, kind } },
    create: { declarationId, kind, committee, dueAt: reportingDueAt(from, withinDays), correlationId },
    update: {},
  });
}
