import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

export const supervisionSettings = loadExtraConfig(
  'supervision',
  z.object({
    /** How long rules that compare events across topics wait for events that raced them (ms). */
    SUPERVISION_GRACE_MS: z.coerce.number().int().min(0).default(30_000),
    /** How often due deferred checks are swept for (ms); a check is made at most this long after its grace. */
    SUPERVISION_DEFERRED_POLL_MS: z.coerce.number().int().min(10).default(500),
    /**
     * The most events of a partition handled in one transaction. Larger batches save little more
     * (the per-transaction work is a few statements) and hold back every finding of the batch
     * until its commit, so keep a batch's time short.
     */
    SUPERVISION_BATCH_EVENTS: z.coerce.number().int().min(1).max(1000).default(100),
    /**
     * Batches start at most this often (ms) unless a full one is waiting: under a steady trickle,
     * several fetches share a transaction (its fixed statements) at the cost of this much latency.
     */
    SUPERVISION_BATCH_LINGER_MS: z.coerce.number().int().min(0).max(5_000).default(250),
  }),
);
