import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DecisionRecorded, DeclarationAccepted, ResultPublished, WindowOpened, type EventOf } from '@zc/contracts';
import { IssueCertificateCommand } from './issue-certificate.command';

@Controller()
export class IssueCertificateEventController {
  constructor(private readonly command: IssueCertificateCommand) {}

  @EventPattern(DeclarationAccepted.type)
  declarationAccepted(@Payload() event: EventOf<typeof DeclarationAccepted>) {
    return this.command.declarationAccepted(event);
  }

  @EventPattern(DecisionRecorded.type)
  decisionRecorded(@Payload() event: EventOf<typeof DecisionRecorded>) {
    return this.command.decisionRecorded(event);
  }

  @EventPattern(WindowOpened.type)
  windowOpened(@Payload() event: EventOf<typeof WindowOpened>) {
    return this.command.windowOpened(event);
  }

  @EventPattern(ResultPublished.type)
  resultPublished(@Payload() event: EventOf<typeof ResultPublished>) {
    return this.command.resultPublished(event);
  }
}
