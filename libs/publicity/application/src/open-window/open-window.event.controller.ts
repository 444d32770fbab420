import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DecisionRecorded, DeclarationSubmitted, type EventOf } from '@zc/contracts';
import { OpenWindowCommand } from './open-window.command';

@Controller()
export class OpenWindowEventController {
  constructor(private readonly command: OpenWindowCommand) {}

  @EventPattern(DeclarationSubmitted.type)
  declarationSubmitted(@Payload() event: EventOf<typeof DeclarationSubmitted>) {
    return this.command.applicantKnown(event);
  }

  @EventPattern(DecisionRecorded.type)
  decisionRecorded(@Payload() event: EventOf<typeof DecisionRecorded>) {
    return this.command.decisionKnown(event);
  }
}
