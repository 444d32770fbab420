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
