import type { Envelope } from '@zc/contracts';

/**
 * Every case an event is about: its subject (the Kafka key) and the declarations, committees and
 * review plans its data names, so a declaration's, a committee's and a meeting's timelines each
 * hold every event that touches them.
 */
export function caseKeysOf(event: Envelope): string[] {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const keys = new Set<string>([event.subject]);
  const add = (value: unknown) => {
    if (typeof value === 'string' && value) keys.add(value);
  };
  for (const field of ['declarationId', 'committeeId', 'committee', 'reviewPlanId']) add(data[field]);
  if (Array.isArray(data['declarationIds'])) data['declarationIds'].forEach(add);
  if (Array.isArray(data['results'])) for (const result of data['results'] as { declarationId?: unknown }[]) add(result?.declarationId);
  return [...keys];
}
