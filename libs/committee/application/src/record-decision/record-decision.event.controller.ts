import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CheckCompleted, type EventOf } from '@zc/contracts';
import { RecordDecisionCommand } from './record-decision.command';

@Controller()
export class RecordDecisionEventController {
  constructor(private readonly command: RecordDecisionCommand) {}

  @EventPattern(CheckCompleted.type)
  checkCompleted(@Payload() event: EventOf<typeof CheckCompleted>) {
    return this.command.execute(event);
  }
}
