import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { FeedBatchReceived, type EventOf } from '@zc/contracts';
import { RerunPendingChecksCommand } from './rerun-pending-checks.command';

@Controller()
export class RerunPendingChecksEventController {
  constructor(private readonly command: RerunPendingChecksCommand) {}

  /** Every way feed data comes in ends in this event, files imported by the CLI included. */
  @EventPattern(FeedBatchReceived.type)
  feedBatchReceived(@Payload() event: EventOf<typeof FeedBatchReceived>) {
    return this.command.execute(event);
  }
}
