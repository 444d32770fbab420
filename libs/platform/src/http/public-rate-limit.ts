import { ExecutionContext, Injectable, type DynamicModule } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { isPublic } from '../auth/auth.guard';
import type { ServiceConfig } from '../config/service-config';

/** The one throttler (Nest's default name, so @SkipThrottle() and @Throttle({ default }) address it): requests per client address on endpoints open to anyone. */
export const PUBLIC_THROTTLER = 'default';

/**
 * Counts in Redis, so every instance of a service shares one budget per client address (behind
 * the gateway the address is the forwarded one: HTTP_TRUST_PROXY).
 */
export function publicRateLimitModule(config: ServiceConfig): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [{ name: PUBLIC_THROTTLER, ttl: 60_000, limit: config.publicRateLimitPerMinute }],
    storage: new ThrottlerStorageRedisService(config.redisUrl, { keyPrefix: `zc:throttle:${config.service}:` }),
  });
}

/**
 * Rate limits what anyone may call without a token (objections, public listings, certificate
 * verification, draw inputs): a script cannot flood them. Signed-in calls are accounted to a
 * person and not limited here; health and metrics opt out with @SkipThrottle.
 */
@Injectable()
export class PublicRateLimitGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http' || !isPublic(this.reflector, context);
  }

  protected override async getErrorMessage(_context: ExecutionContext, limit: ThrottlerLimitDetail): Promise<string> {
    return `too many requests from your address: at most ${limit.limit} in ${Math.round(limit.ttl / 1000)} s; try again in ${limit.timeToBlockExpire} s`;
  }
}
