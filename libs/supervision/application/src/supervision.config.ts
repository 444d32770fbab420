import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';
import { DEVELOPMENT_ANCHOR_KEYS, developmentAnchorFile } from '@zc/supervision/domain';

export const supervisionSettings = loadExtraConfig(
  'supervision',
  z.object({
    NODE_ENV: z.string().default('development'),
    DATABASE_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/zc_supervision'),
    /** Where the signed heads of the audit chain go, outside this database (required in production). */
    AUDIT_ANCHOR_FILE: z.string().optional(),
    /** How often the chain's head is signed and anchored (ms), when it moved. */
    AUDIT_ANCHOR_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    AUDIT_SM2_PRIVATE_KEY: z.string().regex(/^[0-9a-f]{64}$/i, 'must be a 64-hex-digit SM2 private key').default(DEVELOPMENT_ANCHOR_KEYS.privateKey),
    AUDIT_SM2_PUBLIC_KEY: z.string().regex(/^04[0-9a-f]{128}$/i, 'must be an uncompressed SM2 public key').default(DEVELOPMENT_ANCHOR_KEYS.publicKey),
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
  })
    .refine((env) => env.NODE_ENV !== 'production' || env.AUDIT_SM2_PRIVATE_KEY !== DEVELOPMENT_ANCHOR_KEYS.privateKey, { path: ['AUDIT_SM2_PRIVATE_KEY'], message: 'must be set in production' })
    .refine((env) => env.NODE_ENV !== 'production' || env.AUDIT_ANCHOR_FILE !== undefined, { path: ['AUDIT_ANCHOR_FILE'], message: 'must be set in production, outside the database' })
    .transform((env) => ({ ...env, AUDIT_ANCHOR_FILE: env.AUDIT_ANCHOR_FILE ?? developmentAnchorFile(env.DATABASE_URL) })),
);
