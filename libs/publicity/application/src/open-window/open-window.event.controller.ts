import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DecisionRecorded, DeclarationAccepted, PlanPublished, type EventOf } from '@zc/contracts';
import { OpenWindowCommand } from './open-window.command';

@Controller()
export class OpenWindowEventController {
  constructor(private readonly command: OpenWindowCommand) {}

  @EventPattern(DeclarationAccepted.type)
  declarationAccepted(@Payload() event: EventOf<typeof DeclarationAccepted>) {
    return this.command.applicantKnown(event);
  }

  @EventPattern(PlanPublished.type)
  planPublished(@Payload() event: EventOf<typeof PlanPublished>) {
    return this.command.planKnown(event);
  }

  @EventPattern(DecisionRecorded.type)
  decisionRecorded(@Payload() event: EventOf<typeof DecisionRecorded>) {
    return this.command.decisionKnown(event);
  }
}
