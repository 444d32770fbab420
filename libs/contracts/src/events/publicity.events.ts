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

const reportingKind = z.enum(['report', 'filing']).describe('report: results to the province after the review; filing: the filing materials after publicity (R-PB-4)');

export const ResultsReported = defineEvent({
  type: 'publicity.results.reported.v1',
  topic: Topics.publicityReporting,
  summary: "A committee office reported results to the province or filed them after publicity (R-PB-4); `late` marks each one past the plan's deadline.",
  data: z.object({
    kind: reportingKind,
    committee: z.string().min(1),
    reference: z.string().min(1),
    reportedAt: z.iso.datetime({ offset: true }),
    results: z.array(z.object({ declarationId, dueAt: z.iso.datetime({ offset: true }), late: z.boolean() })).min(1),
  }),
});

export const ReportingOverdue = defineEvent({
  type: 'publicity.reporting.overdue.v1',
  topic: Topics.publicityReporting,
  summary: "A result was not reported or filed by the plan's deadline (R-PB-4); raised once, when the deadline passes.",
  data: z.object({ kind: reportingKind, committee: z.string().min(1), declarationId, dueAt: z.iso.datetime({ offset: true }) }),
});
