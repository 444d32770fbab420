import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { SERVICE_CONFIG, type ServiceConfig } from './config/service-config';

/** The process's Redis connection (health, and a template for BullMQ's own connections). */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {
    // BullMQ requires maxRetriesPerRequest: null on connections it blocks on.
    this.client = new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  }

  /** A new connection with the same settings, for BullMQ workers (they block on theirs). */
  duplicate(): Redis {
    return new Redis(this.config.redisUrl, { maxRetriesPerRequest: null });
  }

  async ping(): Promise<void> {
    await this.client.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
