import { committeePlanSlice, type CommitteePrisma } from '@zc/committee/data-access';
import { committeePlanRulesOf, type CommitteePlanRules } from '@zc/committee/domain';

/** The latest version of a plan as the committee keeps it, parsed (not cast); null when the committee has not received it. */
export async function latestPlanRules(prisma: Pick<CommitteePrisma, 'committeePlan'>, planId: string): Promise<CommitteePlanRules | null> {
  const plan = await prisma.committeePlan.findFirst({ where: { planId }, orderBy: { version: 'desc' } });
  return plan ? committeePlanRulesOf(committeePlanSlice(plan)) : null;
}

/**
 * The rules of the plan a review plan was filed under. Filing needed them, so their absence is a
 * broken record: it stops the step with the reason, never falls back to a number of its own.
 */
export async function filedPlanRules(prisma: Pick<CommitteePrisma, 'committeePlan'>, planId: string): Promise<CommitteePlanRules> {
  const rules = await latestPlanRules(prisma, planId);
  if (!rules) throw new Error(`plan ${planId}, under which a review plan was filed, is not known to the committee service`);
  return rules;
}
