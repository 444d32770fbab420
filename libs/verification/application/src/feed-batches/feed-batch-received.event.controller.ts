import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { FeedBatchReceived, type EventOf } from '@zc/contracts';
import { RecordFeedBatchCommand } from './record-feed-batch.command';
import { RerunPendingChecksCommand } from './rerun-pending-checks.command';

@Controller()
export class FeedBatchReceivedEventController {
  constructor(
    private readonly record: RecordFeedBatchCommand,
    private readonly rerun: RerunPendingChecksCommand,
  ) {}

  /** Every way feed data comes in ends in this event, files imported by the CLI included. */
  @EventPattern(FeedBatchReceived.type)
  async feedBatchReceived(@Payload() event: EventOf<typeof FeedBatchReceived>) {
    await this.record.execute(event);
    await this.rerun.execute(event);
  }
}
