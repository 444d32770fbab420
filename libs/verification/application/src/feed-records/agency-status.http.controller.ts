import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@zc/platform';
import { PendingCheckScheduler } from '../checks/pending-check.scheduler';

@ApiTags('feeds')
@ApiBearerAuth()
@Controller('feeds/agencies')
export class AgencyStatusHttpController {
  constructor(private readonly scheduler: PendingCheckScheduler) {}

  /** Each agency query service this instance pulls from, and its circuit breaker's state. */
  @Get()
  @Roles('bureau-admin', 'inspector')
  status() {
    return this.scheduler.agencyBreakerStates();
  }
}
