import { createEvent, PlanPublished } from '@zc/contracts';
import type { AnnualPlan } from '@zc/intake/domain';
import type { Publish } from '@zc/messaging';

/** Other services learn plans from this event: the whole plan travels with it, typed by the contract's schema. */
export function publishPlan(publish: Publish, plan: AnnualPlan, version: number, correlationId: string) {
  return publish(
    createEvent(
      PlanPublished,
      plan.id,
      { planId: plan.id, version, region: plan.region, year: plan.year, series: plan.series, document: plan },
      { source: 'intake', correlationId },
    ),
  );
}
