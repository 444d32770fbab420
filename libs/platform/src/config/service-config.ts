import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describeIssues } from '@zc/contracts';
import { DEFAULT_SESSION_GUARDS, type SessionGuards } from '@zc/database';
import type { ConsumerSettings } from '@zc/messaging';
import { DEFAULT_OIDC_AUDIENCE, DEV_OIDC_ISSUER, type OidcSettings } from '../auth/oidc';

export const SERVICE_NAMES = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** Default HTTP ports, so that every service can run side by side on one machine. */
export const DEFAULT_PORTS: Record<ServiceName, number> = {
  intake: 3001,
  verification: 3002,
  committee: 3003,
  publicity: 3004,
  certificate: 3005,
  supervision: 3006,
};

const int = (fallback: number) => z.coerce.number().int().positive().default(fallback);

function schemaFor(service: ServiceName) {
  return z
    .object({
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      HTTP_HOST: z.string().default('0.0.0.0'),
      HTTP_PORT: int(DEFAULT_PORTS[service]),
      DATABASE_URL: z.url().default(`postgresql://postgres@127.0.0.1:5432/zc_${service}`),
      DATABASE_POOL_SIZE: int(10),
      DATABASE_CONNECT_TIMEOUT_MS: int(DEFAULT_SESSION_GUARDS.connectMs),
      DATABASE_STATEMENT_TIMEOUT_MS: int(DEFAULT_SESSION_GUARDS.statementMs),
      DATABASE_LOCK_TIMEOUT_MS: int(DEFAULT_SESSION_GUARDS.lockMs),
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: int(DEFAULT_SESSION_GUARDS.idleInTransactionMs),
      KAFKA_BROKERS: z.string().default('127.0.0.1:9092'),
      /** The service's own principal on the broker (SASL/SCRAM-SHA-512); no password: no SASL. */
      KAFKA_USERNAME: z.string().min(1).default(service),
      KAFKA_PASSWORD: z.string().min(1).optional(),
      /** PEM file of the CA that signed the brokers' certificates: connect with TLS (SASL_SSL). */
      KAFKA_TLS_CA_FILE: z.string().optional(),
      KAFKA_CLIENT_ID: z.string().optional(),
      KAFKA_GROUP_ID: z.string().default(`zc-${service}`),
      KAFKA_PARTITIONS: int(3),
      CONSUMER_ATTEMPTS: int(5),
      CONSUMER_BACKOFF_MS: int(200),
      CONSUMER_MAX_BACKOFF_MS: int(5_000),
      CONSUMER_CONCURRENCY: int(3),
      CONSUMER_SESSION_TIMEOUT_MS: int(10_000),
      CONSUMER_STALL_TIMEOUT_MS: int(60_000),
      CONSUMER_LAG_INTERVAL_MS: int(5_000),
      OUTBOX_POLL_MS: int(500),
      OUTBOX_BATCH_SIZE: int(100),
      REDIS_URL: z.url().default('redis://127.0.0.1:6379/0'),
      /** Requests per minute a client address may make to the endpoints open to anyone. */
      PUBLIC_RATE_LIMIT_PER_MINUTE: int(120),
      /** Express `trust proxy`: behind the gateway, `1` (one hop) so that a client is its forwarded address. */
      HTTP_TRUST_PROXY: z.string().default('false'),
      /** The identity provider whose tokens are accepted; production names it (no default there). */
      OIDC_ISSUER: z.url().optional(),
      OIDC_AUDIENCE: z.string().min(1).default(DEFAULT_OIDC_AUDIENCE),
      /** Asymmetric only: ES256 for the embedded provider, RS256 for a default Keycloak realm. */
      OIDC_ALGORITHMS: z.string().default('ES256').pipe(z.string().regex(/^((ES|RS|PS)(256|384|512)|EdDSA)(,((ES|RS|PS)(256|384|512)|EdDSA))*$/, 'asymmetric JWS algorithms, comma-separated')),
      OIDC_JWKS_URI: z.url().optional(),
      OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
      LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      /** Lets tests and demos move the service's clock (PUT /testing/clock); refused in production. */
      TEST_CLOCK: z.enum(['enabled', 'disabled']).default('disabled'),
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.TEST_CLOCK === 'disabled', {
      path: ['TEST_CLOCK'],
      message: 'cannot be enabled in production',
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.KAFKA_PASSWORD !== undefined, {
      path: ['KAFKA_PASSWORD'],
      message: "must be set in production: the service's own Kafka credentials",
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.OIDC_ISSUER !== undefined, {
      path: ['OIDC_ISSUER'],
      message: 'must name the identity provider in production',
    });
}

export interface ServiceConfig {
  service: ServiceName;
  env: 'development' | 'test' | 'production';
  http: { host: string; port: number };
  databaseUrl: string;
  databasePoolSize: number;
  /** Bounds on every database wait (pool, statement, lock, idle transaction). */
  databaseGuards: SessionGuards;
  kafka: { brokers: string[]; clientId: string; groupId: string; partitions: number; sasl?: { username: string; password: string }; tlsCa?: string[] };
  consumer: { attempts: number; initialBackoffMs: number; maxBackoffMs: number; concurrency: number; sessionTimeoutMs: number; stallTimeoutMs: number; lagIntervalMs: number };
  outbox: { pollMs: number; batchSize: number };
  redisUrl: string;
  publicRateLimitPerMinute: number;
  trustProxy: boolean | number | string;
  oidc: OidcSettings;
  logLevel: string;
  testClock: boolean;
}

/** Reads and validates the environment; a bad value stops start-up naming the variable and why. */
export function loadServiceConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env): ServiceConfig {
  const parsed = schemaFor(service).safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration for ${service}: ${describeIssues(parsed.error)}`);
  const e = parsed.data;
  return {
    service,
    env: e.NODE_ENV,
    http: { host: e.HTTP_HOST, port: e.HTTP_PORT },
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    databaseGuards: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      lockMs: e.DATABASE_LOCK_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    kafka: {
      brokers: e.KAFKA_BROKERS.split(',').map((broker) => broker.trim()),
      clientId: e.KAFKA_CLIENT_ID ?? `zc-${service}-${process.pid}`,
      groupId: e.KAFKA_GROUP_ID,
      partitions: e.KAFKA_PARTITIONS,
      sasl: e.KAFKA_PASSWORD ? { username: e.KAFKA_USERNAME, password: e.KAFKA_PASSWORD } : undefined,
      tlsCa: e.KAFKA_TLS_CA_FILE ? [readFileSync(e.KAFKA_TLS_CA_FILE, 'utf8')] : undefined,
    },
    consumer: {
      attempts: e.CONSUMER_ATTEMPTS,
      initialBackoffMs: e.CONSUMER_BACKOFF_MS,
      maxBackoffMs: e.CONSUMER_MAX_BACKOFF_MS,
      concurrency: e.CONSUMER_CONCURRENCY,
      sessionTimeoutMs: e.CONSUMER_SESSION_TIMEOUT_MS,
      stallTimeoutMs: e.CONSUMER_STALL_TIMEOUT_MS,
      lagIntervalMs: e.CONSUMER_LAG_INTERVAL_MS,
    },
    outbox: { pollMs: e.OUTBOX_POLL_MS, batchSize: e.OUTBOX_BATCH_SIZE },
    redisUrl: e.REDIS_URL,
    publicRateLimitPerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    trustProxy: trustProxyOf(e.HTTP_TRUST_PROXY),
    oidc: {
      issuer: e.OIDC_ISSUER ?? DEV_OIDC_ISSUER,
      audience: e.OIDC_AUDIENCE,
      algorithms: e.OIDC_ALGORITHMS.split(','),
      jwksUri: e.OIDC_JWKS_URI,
      clockToleranceSeconds: e.OIDC_CLOCK_TOLERANCE_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
    testClock: e.TEST_CLOCK === 'enabled',
  };
}

/** The settings of a consumer group member of this service (the event consumer's group unless named). */
export function consumerSettingsOf(config: ServiceConfig, groupId = config.kafka.groupId): ConsumerSettings {
  const { attempts, initialBackoffMs, maxBackoffMs, concurrency, sessionTimeoutMs, stallTimeoutMs, lagIntervalMs } = config.consumer;
  return { groupId, attempts, initialBackoffMs, maxBackoffMs, partitionsConsumedConcurrently: concurrency, sessionTimeoutMs, stallTimeoutMs, lagIntervalMs };
}

/** Service-specific settings, validated the same way. */
export function loadExtraConfig<T extends z.ZodType>(service: ServiceName, schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration for ${service}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/** Express's `trust proxy` from its text: a boolean, a hop count, or addresses and subnets. */
function trustProxyOf(text: string): boolean | number | string {
  if (text === 'true' || text === 'false') return text === 'true';
  return /^\d+$/.test(text) ? Number(text) : text;
}
