import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Envelope } from '@zc/contracts';
import { ALL_EVENTS, KafkaEventContext } from '@zc/messaging';
import { RecordTimelineCommand } from './record-timeline.command';

/** Supervision sees every event of every service. */
@Controller()
export class RecordTimelineEventController {
  constructor(private readonly command: RecordTimelineCommand) {}

  @EventPattern(ALL_EVENTS)
  anyEvent(@Payload() event: Envelope, @Ctx() context: KafkaEventContext) {
    return this.command.execute(event, context.source.topic);
  }
}
