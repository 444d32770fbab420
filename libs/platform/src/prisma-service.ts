import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createPrismaAdapter, guardedPoolConfig, type PatchedPrismaPg } from '@zc/database';
import { SERVICE_CONFIG, type ServiceConfig } from './config/service-config';

type PrismaClientClass<TClient> = new (options: { adapter: PatchedPrismaPg }) => TClient;
type Disconnectable = { $disconnect(): Promise<void> };

/**
 * Base class of each service's injectable Prisma client: connects through the patched pg adapter
 * with the service's configured URL and pool, every wait bounded, and disconnects last on shutdown.
 * Usage: `@Injectable() export class IntakePrisma extends PrismaService(PrismaClient) {}`.
 */
export function PrismaService<TClient extends Disconnectable>(Client: PrismaClientClass<TClient>) {
  @Injectable()
  class ServicePrisma extends (Client as PrismaClientClass<Disconnectable>) implements OnApplicationShutdown {
    constructor(@Inject(SERVICE_CONFIG) config: ServiceConfig) {
      super({ adapter: createPrismaAdapter(config.databaseUrl, { max: config.databasePoolSize, ...guardedPoolConfig(config.databaseGuards) }) });
    }

    async onApplicationShutdown(): Promise<void> {
      await this.$disconnect();
    }
  }
  return ServicePrisma as unknown as new (config: ServiceConfig) => TClient & OnApplicationShutdown;
}
