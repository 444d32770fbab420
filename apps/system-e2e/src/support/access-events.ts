import { DeclarationAccepted, PlanPublished, type AnnualPlan } from '@zc/contracts';
import { samplePlanDocument, waitFor, type SampleDeclaration } from '@zc/testing';
import type { ServiceName } from '@zc/platform';
import { emit } from './supervision-events';
import { query } from './test-system';

/**
 * State for the access tables, put on the broker as the other services would publish it: each
 * table runs its one service alone and builds what its calls need in seconds, not through intake.
 */

/** The tables a service keeps a plan in, once it has read its PlanPublished. */
const PLAN_TABLES: Partial<Record<ServiceName, string>> = { verification: 'VerificationPlan', committee: 'CommitteePlan', publicity: 'PublicityPlan', supervision: 'PlanDocument' };

/** Publishes a test plan (shaped like Tianjin 2023) as intake would, and waits until `service` keeps it. */
export async function publishTestPlan(service: ServiceName, overrides: Partial<AnnualPlan> & { id: string }): Promise<AnnualPlan> {
  const plan = samplePlanDocument(overrides);
  await emit(PlanPublished, plan.id, { planId: plan.id, version: 1, region: plan.region, year: plan.year, series: plan.series, document: plan }, 'intake');
  const table = PLAN_TABLES[service];
  if (table) await waitFor(`plan ${plan.id} kept by ${service}`, async () => (await query(service, `SELECT 1 FROM "${table}" WHERE "planId" = $1`, [plan.id])).length > 0 || undefined);
  return plan;
}

/** Intake's acceptance of the sample declaration, by `committee` under `planId`. */
export function emitAccepted(declarationId: string, sample: SampleDeclaration, facts: { committee: string; planId: string; applicantAccount?: string }) {
  const { applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel } = sample;
  return emit(
    DeclarationAccepted,
    declarationId,
    {
      declarationId, applicantName, idNumber, employerCreditCode, series, level, region, specialty, channel, planVersion: 1,
      education: sample['education'] as never, continuingEducationPromise: Boolean(sample['continuingEducationPromise']), ...facts,
    },
    'intake',
  );
}
