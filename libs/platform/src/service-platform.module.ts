import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { KafkaConnection, KafkaEventServer, MessagingModule, type SqlExecutor } from '@zc/messaging';
import { topicsOf } from '@zc/contracts';
import { AuthGuard } from './auth/auth.guard';
import { Clock } from './clock/clock';
import { TestClockHttpController } from './clock/test-clock.http.controller';
import { consumerSettingsOf, SERVICE_CONFIG, type ServiceConfig } from './config/service-config';
import { HealthController, READINESS_PROBES, type ReadinessProbes } from './health/health.controller';
import { loggingModule, withEventLogContext } from './logging/logging';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { publicRateLimitModule, PublicRateLimitGuard } from './http/public-rate-limit';
import { MetricsController } from './metrics/metrics.controller';
import { RedisConnection } from './redis';

/** What the platform needs of a service's Prisma client. */
export interface TransactionalClient extends SqlExecutor {
  $transaction<R>(work: (tx: SqlExecutor) => Promise<R>, options?: { maxWait?: number; timeout?: number }): Promise<R>;
  /** Raw SQL in a transaction on the client's own connections, without Prisma (PrismaService). */
  $rawTransaction<R>(work: (tx: SqlExecutor) => Promise<R>): Promise<R>;
  /** Raw SQL statements on the client's own connections, each on its own, without Prisma. */
  readonly $rawSql: SqlExecutor;
}

export interface ServicePlatformOptions {
  config: ServiceConfig;
  /** The service's data-access module, exporting `client`. */
  database: Type<unknown>;
  client: Type<TransactionalClient>;
}

/**
 * Everything a service shares with the others: validated config, JSON logs, auth, health,
 * metrics, Redis, and Kafka messaging over the service's own database (outbox and inbox).
 */
@Module({})
export class ServicePlatformModule {
  static forRoot({ config, database, client }: ServicePlatformOptions): DynamicModule {
    return {
      module: ServicePlatformModule,
      global: true,
      imports: [
        loggingModule(config),
        publicRateLimitModule(config),
        TerminusModule,
        database,
        MessagingModule.forRootAsync({
          imports: [database],
          inject: [client],
          useFactory: (db: TransactionalClient) => ({
            kafka: { clientId: config.kafka.clientId, brokers: config.kafka.brokers, partitions: config.kafka.partitions, sasl: config.kafka.sasl, tlsCa: config.kafka.tlsCa, topics: topicsOf(config.service) },
            consumer: consumerSettingsOf(config),
            relay: config.outbox,
            // Prisma's maxWait only gives up once the pool hands a connection over; the pool's own
            // connect timeout (the same bound) is what ends a wait on an exhausted pool.
            runTransaction: (work) => db.$transaction(work, { maxWait: config.databaseGuards.connectMs, timeout: 30_000 }),
            runRawTransaction: (work) => db.$rawTransaction(work),
            rawSql: db.$rawSql,
            eventScope: withEventLogContext,
          }),
        }),
      ],
      controllers: [HealthController, MetricsController, ...(config.testClock ? [TestClockHttpController] : [])],
      providers: [
        { provide: SERVICE_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PublicRateLimitGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        RedisConnection,
        Clock,
        {
          provide: READINESS_PROBES,
          inject: [client, KafkaConnection, KafkaEventServer, RedisConnection],
          useFactory: (db: TransactionalClient, kafka: KafkaConnection, server: KafkaEventServer, redis: RedisConnection): ReadinessProbes => ({
            database: async () => {
              await db.$queryRawUnsafe('SELECT 1');
            },
            kafka: () => kafka.ping(),
            consumer: async () => {
              if (!server.isReady()) throw new Error(server.notReadyReason());
              const others = kafka.consumersNotReady();
              if (others.length > 0) throw new Error(`not ready: ${others.join('; ')}`);
            },
            redis: () => redis.ping(),
          }),
        },
      ],
      exports: [SERVICE_CONFIG, RedisConnection, Clock],
    };
  }
}
