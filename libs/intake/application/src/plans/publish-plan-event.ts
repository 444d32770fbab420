import { createEvent, PlanPublished } from '@zc/contracts';
import type { AnnualPlan } from '@zc/intake/domain';
import type { Publish } from '@zc/messaging';

/** Other services learn plans from this event (the whole document travels with it). */
export function publishPlan(publish: Publish, plan: AnnualPlan, version: number, correlationId: string) {
  return publish(
    createEvent(
      PlanPublished,
      plan.id,
      { planId: plan.id, version, region: plan.region, year: plan.year, series: plan.series, document: plan as unknown as Record<string, unknown> },
      { source: 'intake', correlationId },
    ),
  );
}
