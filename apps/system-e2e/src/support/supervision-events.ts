import { randomUUID } from 'node:crypto';
import { createEvent, ownerOfTopic, type EventDefinition, type EventOf } from '@zc/contracts';
import { produceRaw } from '@zc/messaging/testing';
import { ApiClient, PRINCIPALS, waitFor, type RunningSystem } from '@zc/testing';
import { query, TEST_KAFKA } from './test-system';

/**
 * Real events on the real broker, as the other services would publish them, for tests of
 * supervision alone: each returns the event it produced (its id is the evidence findings name).
 */
export async function emit<D extends EventDefinition>(definition: D, subject: string, data: EventOf<D>['data'], source = ownerOfTopic(definition.topic)): Promise<EventOf<D>> {
  const event = createEvent(definition, subject, data, { source, correlationId: randomUUID() }) as EventOf<D>;
  await produceRaw(TEST_KAFKA, definition.topic, [{ key: subject, value: JSON.stringify(event) }]);
  return event;
}

export interface FindingView {
  id: string;
  ruleId: string;
  severity: string;
  subject: string;
  subjectKind: string;
  region: string | null;
  evidence: string[];
  status: string;
  title: string;
}

/** The finding a rule raised about a subject, once supervision has it. */
export function awaitFinding(system: RunningSystem, ruleId: string, subject: string): Promise<FindingView> {
  const bureau = new ApiClient(system.url('supervision')).as(PRINCIPALS.bureauAdmin);
  return waitFor(`${ruleId} finding about ${subject}`, async () => {
    const found = await bureau.get<FindingView[]>(`/findings?ruleId=${ruleId}&subject=${encodeURIComponent(subject)}`);
    return found.body[0];
  });
}

/**
 * Waits until the rule has looked at the event and found nothing: its evaluation is logged, so
 * silence is observed, not assumed after a pause.
 */
export async function awaitSilence(ruleId: string, eventId: string): Promise<void> {
  const outcomes = await waitFor(`${ruleId} to evaluate ${eventId}`, async () => {
    const rows = await query<{ outcome: string }>('supervision', 'SELECT outcome FROM "RuleEvaluation" WHERE "ruleId" = $1 AND "triggerEventId" = $2', [ruleId, eventId]);
    return rows.length > 0 ? rows.map((row) => row.outcome) : undefined;
  });
  if (!outcomes.every((outcome) => outcome === 'silent')) throw new Error(`${ruleId} was not silent on ${eventId}: ${outcomes.join(', ')}`);
}
