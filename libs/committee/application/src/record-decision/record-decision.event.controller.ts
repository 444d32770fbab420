import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { VerificationConcluded, type EventOf } from '@zc/contracts';
import { RecordDecisionCommand } from './record-decision.command';

@Controller()
export class RecordDecisionEventController {
  constructor(private readonly command: RecordDecisionCommand) {}

  @EventPattern(VerificationConcluded.type)
  verificationConcluded(@Payload() event: EventOf<typeof VerificationConcluded>) {
    return this.command.execute(event);
  }
}
