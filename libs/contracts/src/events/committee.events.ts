import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId, outcome } from './common';

export const DecisionRecorded = defineEvent({
  type: 'committee.decision.recorded.v1',
  topic: Topics.committeeDecision,
  summary: "The committee's result for one declaration, with the vote counts (R-CM-7).",
  data: z.object({
    declarationId,
    outcome,
    attending: z.int().nonnegative(),
    votesFor: z.int().nonnegative(),
    votesAgainst: z.int().nonnegative(),
    reason: z.string(),
  }),
});
