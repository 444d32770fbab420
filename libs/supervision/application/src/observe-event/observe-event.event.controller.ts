import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Envelope } from '@zc/contracts';
import { ALL_EVENTS, KafkaEventContext } from '@zc/messaging';
import { ObserveEventCommand } from './observe-event.command';

/** Supervision sees every event of every service. */
@Controller()
export class ObserveEventEventController {
  constructor(private readonly command: ObserveEventCommand) {}

  @EventPattern(ALL_EVENTS)
  anyEvent(@Payload() event: Envelope, @Ctx() context: KafkaEventContext) {
    return this.command.execute(event, context.source.topic);
  }
}
