import { committeePlanSliceSchema, parseEvent, PlanPublished, supervisionPlanSliceSchema, Topics, type Envelope } from '@zc/contracts';
import { SEED_PLANS } from '@zc/intake/domain';
import { publishPlan } from './publish-plan-event';

describe('publishing a plan', () => {
  it.each(SEED_PLANS.map((plan) => [plan.id, plan] as const))('publishes %s as every consumer parses it: the contract, and the committee’s and supervision’s slices', async (_id, plan) => {
    const published: Envelope[] = [];
    await publishPlan(async (event) => void published.push(event), plan, 3, 'c');

    expect(published).toHaveLength(1);
    const arrived = parseEvent(JSON.stringify(published[0]), Topics.intakePlan);
    if (!arrived.ok) throw new Error(arrived.reason);
    expect(arrived.event.type).toBe(PlanPublished.type);
    expect(arrived.event.data).toEqual({ planId: plan.id, version: 3, region: plan.region, year: plan.year, series: plan.series, document: plan });
    expect(committeePlanSliceSchema.safeParse(plan).success).toBe(true);
    expect(supervisionPlanSliceSchema.safeParse(plan).success).toBe(true);
  });
});
