import { randomUUID } from 'node:crypto';
import type { Envelope } from '@zc/contracts';
import { WorkingDayCalendar } from '@zc/calendar';
import { SUPERVISION_RULES } from './index';
import type { RuleContext, TimelineRead } from './supervision-rule';

/** A context that records the timelines a rule reads and knows nothing else. */
function recordingContext(read: TimelineRead[]): RuleContext {
  return {
    calendar: new WorkingDayCalendar(),
    caseOf: async () => null,
    plan: async () => null,
    eventsOf: async (caseKey, type) => {
      read.push({ caseKey, type });
      return [];
    },
    declarationsLike: async () => [],
  };
}

describe('rules that declare their timeline reads (batches read them for all their events at once)', () => {
  const declaring = SUPERVISION_RULES.filter((rule) => rule.reads);

  it('are the ones that read a declaration’s timeline on every trigger', () => {
    expect(declaring.map((rule) => rule.ruleId).sort()).toEqual(['R-CT-1', 'R-PB-3']);
  });

  it.each(declaring.map((rule) => [rule.ruleId, rule] as const))('%s declares every timeline it reads', async (_, rule) => {
    for (const type of rule.triggers) {
      const declarationId = randomUUID();
      const event: Envelope = { id: randomUUID(), type, source: 'test', subject: declarationId, time: new Date(0).toISOString(), correlationId: 'c', causationId: null, data: { declarationId } };
      const read: TimelineRead[] = [];
      await rule.evaluate(event, recordingContext(read));
      expect(read.length).toBeGreaterThan(0);
      expect(rule.reads?.(event)).toEqual(expect.arrayContaining(read));
    }
  });
});
