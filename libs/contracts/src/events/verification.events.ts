import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { FEED_SOURCES, Topics, type FeedSourceName } from '../topics';
import { declarationId, outcome } from './common';

export const CHECKS = ['social-security', 'continuing-education', 'degree', 'promise-spot-check'] as const;
const check = z.enum(CHECKS);
const feedSource = z.enum(FEED_SOURCES as [FeedSourceName, ...FeedSourceName[]]);

/** One feed record a check rests on: which source, which record, which batch, when fetched (R-VF-4). */
const evidence = z.array(
  z.object({
    source: z.string(),
    recordId: z.string(),
    batchId: z.string(),
    fetchedAt: z.iso.datetime({ offset: true }),
  }),
);

/** How a settled check was settled. */
const settledBy = z.enum(['feed-data', 'promise', 'manual-review']);

export const CheckCompleted = defineEvent({
  type: 'verification.check.completed.v1',
  topic: Topics.verificationCheck,
  summary: 'A data-sharing check settled, with the evidence it rests on (R-VF-4).',
  data: z.object({
    declarationId,
    check,
    outcome,
    reason: z.string(),
    evidence,
    settledBy: settledBy.default('feed-data'),
  }),
});

export const CheckPending = defineEvent({
  type: 'verification.check.pending.v1',
  topic: Topics.verificationCheck,
  summary: 'A check found no feed data yet; it re-runs when data arrives and goes to manual review at the timeout.',
  data: z.object({ declarationId, check, reason: z.string(), timesOutAt: z.iso.datetime({ offset: true }) }),
});

export const CheckSentToManualReview = defineEvent({
  type: 'verification.check.manual-review-requested.v1',
  topic: Topics.verificationCheck,
  summary: "A check could not settle from feed data (timeout or no match); the committee office decides.",
  data: z.object({ declarationId, check, committee: z.string(), reason: z.string() }),
});

export const VerificationConcluded = defineEvent({
  type: 'verification.declaration.concluded.v1',
  topic: Topics.verificationCheck,
  summary: 'Every check of a declaration has settled: the one verdict the committee waits for (R-VF-*).',
  data: z.object({
    declarationId,
    outcome,
    reason: z.string(),
    checks: z.array(z.object({ check: z.enum(['social-security', 'continuing-education', 'degree']), outcome, reason: z.string(), settledBy })),
  }),
});

export const SpotCheckAnnounced = defineEvent({
  type: 'verification.spot-check.announced.v1',
  topic: Topics.verificationCheck,
  summary: 'The bureau announced a spot check of continuing-education promises (R-VF-1): its population is frozen and its secret seed committed, before any witness input.',
  data: z.object({
    spotCheckId: z.uuid(),
    planId: z.string(),
    rate: z.number(),
    population: z.int().nonnegative(),
    seedCommitment: z.string(),
  }),
});

export const SpotCheckDrawn = defineEvent({
  type: 'verification.spot-check.drawn.v1',
  topic: Topics.verificationCheck,
  summary: 'A witnessing inspector drew the announced spot check (R-VF-1): the revealed secret, matching its commitment, and the witness input make the seed that reproduces the draw.',
  data: z.object({
    spotCheckId: z.uuid(),
    planId: z.string(),
    seed: z.string(),
    rate: z.number(),
    population: z.int().nonnegative(),
    drawn: z.array(z.uuid()),
    // Absent from spot checks drawn before commit and reveal (issue 14).
    seedCommitment: z.string().optional(),
    revealedSeed: z.string().optional(),
    witnessInput: z.string().optional(),
  }),
});

export const PromiseFoundFalse = defineEvent({
  type: 'verification.promise.found-false.v1',
  topic: Topics.verificationCheck,
  summary: "A spot check found a continuing-education promise false: the declaration is cancelled or the title revoked (R-VF-1, R-SV-1).",
  data: z.object({ declarationId, spotCheckId: z.uuid(), finding: z.string(), evidence }),
});

export const FeedBatchReceived = defineEvent({
  type: 'verification.feed-batch.received.v1',
  topic: Topics.verificationFeedBatch,
  summary: 'A batch of feed records was taken in (file, stream, pull or push), with its data-quality report.',
  data: z.object({
    batchId: z.string(),
    source: feedSource,
    way: z.enum(['file', 'stream', 'pull', 'push']),
    receivedAt: z.iso.datetime({ offset: true }),
    rowsRead: z.int().nonnegative(),
    rowsAccepted: z.int().nonnegative(),
    rowsAlreadyHeld: z.int().nonnegative(),
    rowsRejected: z.int().nonnegative(),
    /** Rejected rows by reason (the field in error). */
    rejectReasons: z.record(z.string(), z.int().nonnegative()),
  }),
});
