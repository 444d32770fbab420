import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ALL_EVENTS, IN_BATCHES, type SourcedEvent } from '@zc/messaging';
import { supervisionSettings } from '../supervision.config';
import { ObserveEventCommand } from './observe-event.command';

/**
 * Supervision sees every event of every service, a fetched batch at a time: one transaction and
 * one audit append per batch instead of per event (the transport retries a failed batch one
 * event at a time, so a poison event is dead-lettered alone).
 */
@Controller()
export class ObserveEventEventController {
  constructor(private readonly command: ObserveEventCommand) {}

  @EventPattern(ALL_EVENTS, { ...IN_BATCHES, maxEvents: supervisionSettings.SUPERVISION_BATCH_EVENTS, lingerMs: supervisionSettings.SUPERVISION_BATCH_LINGER_MS })
  events(@Payload() events: SourcedEvent[]) {
    return this.command.execute(events.map(({ event, source }) => ({ event, topic: source.topic })));
  }
}
