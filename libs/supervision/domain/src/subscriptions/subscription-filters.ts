import { z } from 'zod';

export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

// Bounded so that a subscription stays a filter an inspector can read, not a bulk export.
const listOf = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(50);
const name = z.string().trim().min(1).max(200);

/** What an inspector narrows their findings to, within their region; a list left out matches all. */
export const subscriptionFiltersSchema = z.strictObject({
  committees: listOf(name).optional(),
  series: listOf(name).optional(),
  ruleIds: listOf(name).optional(),
  severities: listOf(z.enum(FINDING_SEVERITIES)).optional(),
});

export type SubscriptionFilters = z.infer<typeof subscriptionFiltersSchema>;

/** The facts of a finding that subscriptions filter on. */
export interface FindingFacts {
  ruleId: string;
  severity: string;
  region: string | null;
  committee: string | null;
  series: string | null;
}

const allows = (list: readonly string[] | undefined, value: string | null) => list === undefined || (value !== null && list.includes(value));

/** The filters alone, without the region: only for callers who may see every region. */
export function matchesFilters(finding: FindingFacts, filters: SubscriptionFilters): boolean {
  return (
    allows(filters.committees, finding.committee) &&
    allows(filters.series, finding.series) &&
    allows(filters.ruleIds, finding.ruleId) &&
    allows(filters.severities, finding.severity)
  );
}

/**
 * An inspector sees only their own region: a finding of another region, or of none known, never
 * matches, whatever the filters say.
 */
export function matchesSubscription(finding: FindingFacts, subscription: { region: string; filters: SubscriptionFilters }): boolean {
  return finding.region !== null && finding.region === subscription.region && matchesFilters(finding, subscription.filters);
}
