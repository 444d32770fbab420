import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId } from './common';

export const WindowOpened = defineEvent({
  type: 'publicity.window.opened.v1',
  topic: Topics.publicityWindow,
  summary: 'A passed result went on public display (R-PB-1).',
  data: z.object({
    windowId: z.uuid(),
    declarationId,
    opensAt: z.iso.datetime({ offset: true }),
    closesAt: z.iso.datetime({ offset: true }),
  }),
});

export const ResultPublished = defineEvent({
  type: 'publicity.result.published.v1',
  topic: Topics.publicityWindow,
  summary: 'Publicity ended without an upheld objection; the result is published (R-PB-3).',
  data: z.object({
    windowId: z.uuid(),
    declarationId,
    publishedAt: z.iso.datetime({ offset: true }),
    applicantName: z.string().min(1),
    series: z.string().min(1),
    level: z.string().min(1),
    region: z.string().min(1),
  }),
});

export const ObjectionFiled = defineEvent({
  type: 'publicity.objection.filed.v1',
  topic: Topics.publicityWindow,
  summary: "Someone objected to a result on display (R-PB-2); the person's result is held until it is decided. The objector's contact stays with publicity.",
  data: z.object({ objectionId: z.uuid(), windowId: z.uuid(), declarationId, target: z.string() }),
});

export const ObjectionDecided = defineEvent({
  type: 'publicity.objection.decided.v1',
  topic: Topics.publicityWindow,
  summary: 'An objection was investigated and upheld or dismissed, with the reason (R-PB-2).',
  data: z.object({ objectionId: z.uuid(), declarationId, decision: z.enum(['upheld', 'dismissed']), reason: z.string() }),
});

export const ResultWithheld = defineEvent({
  type: 'publicity.result.withheld.v1',
  topic: Topics.publicityWindow,
  summary: 'A result on display will not be published: an objection was upheld (R-PB-3) or the declaration was withdrawn.',
  data: z.object({ windowId: z.uuid(), declarationId, reason: z.string() }),
});
