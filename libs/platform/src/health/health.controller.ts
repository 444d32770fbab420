import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/auth.guard';

/** Named checks for readiness, each rejecting when its dependency is not usable. */
export type ReadinessProbes = Record<string, () => Promise<void>>;
export const READINESS_PROBES = Symbol('READINESS_PROBES');

@ApiTags('health')
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    @Inject(READINESS_PROBES) private readonly probes: ReadinessProbes,
  ) {}

  /** The process is alive; says nothing about its dependencies. */
  @Public()
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Database, Kafka (and consumer group membership) and Redis all answer. */
  @Public()
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check(
      Object.entries(this.probes).map(([name, probe]) => async () => {
        const session = this.indicator.check(name);
        try {
          await probe();
          return session.up();
        } catch (error) {
          return session.down({ reason: (error as Error).message });
        }
      }),
    );
  }
}
