import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createPrismaAdapter, guardedPoolConfig, inRawTransaction, rawSqlOf, type PatchedPrismaPg, type RawSql } from '@zc/database';
import type { Pool } from 'pg';
import { SERVICE_CONFIG, type ServiceConfig } from './config/service-config';

type PrismaClientClass<TClient> = new (options: { adapter: PatchedPrismaPg }) => TClient;
type Disconnectable = { $disconnect(): Promise<void> };

export interface RawTransactions {
  readonly $rawSql: RawSql;
  $rawTransaction<T>(work: (tx: RawSql) => Promise<T>): Promise<T>;
}

/**
 * Base class of each service's injectable Prisma client: connects through the patched pg adapter
 * with the service's configured URL and pool, every wait bounded, and disconnects last on shutdown.
 * Usage: `@Injectable() export class IntakePrisma extends PrismaService(PrismaClient) {}`.
 */
export function PrismaService<TClient extends Disconnectable>(Client: PrismaClientClass<TClient>) {
  @Injectable()
  class ServicePrisma extends (Client as PrismaClientClass<Disconnectable>) implements OnApplicationShutdown {
    private readonly pool: Pool;
    /** Raw SQL statements on Prisma's own connections, each on its own, without Prisma (hot polls). */
    readonly $rawSql: RawSql;

    constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
      const adapter = createPrismaAdapter(config.databaseUrl, { max: config.databasePoolSize, ...guardedPoolConfig(config.databaseGuards) });
      super({ adapter });
      this.pool = adapter.pool;
      this.$rawSql = rawSqlOf(adapter.pool);
    }

    /** A transaction of raw SQL on Prisma's own connections, without Prisma (see `inRawTransaction`). */
    $rawTransaction<T>(work: (tx: RawSql) => Promise<T>): Promise<T> {
      return inRawTransaction(this.pool, work);
    }

    async onApplicationShutdown(): Promise<void> {
      await this.$disconnect();
    }
  }
  return ServicePrisma as unknown as new (config: ServiceConfig) => TClient & OnApplicationShutdown & RawTransactions;
}
