import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId, outcome } from './common';

export const CheckCompleted = defineEvent({
  type: 'verification.check.completed.v1',
  topic: Topics.verificationCheck,
  summary: 'A data-sharing check settled, with the evidence it rests on (R-VF-4).',
  data: z.object({
    declarationId,
    check: z.enum(['social-security', 'continuing-education', 'degree']),
    outcome,
    reason: z.string(),
    evidence: z.array(
      z.object({
        source: z.string(),
        recordId: z.string(),
        batchId: z.string(),
        fetchedAt: z.iso.datetime({ offset: true }),
      }),
    ),
  }),
});
