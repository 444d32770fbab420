import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationAccepted, VerificationConcluded, type EventOf } from '@zc/contracts';
import { TrackDeclarationsCommand } from '../routing/track-declarations.command';
import { RecordDecisionCommand } from './record-decision.command';

@Controller()
export class RecordDecisionEventController {
  constructor(
    private readonly command: RecordDecisionCommand,
    private readonly track: TrackDeclarationsCommand,
  ) {}

  @EventPattern(DeclarationAccepted.type)
  declarationAccepted(@Payload() event: EventOf<typeof DeclarationAccepted>) {
    return this.track.accepted(event);
  }

  @EventPattern(VerificationConcluded.type)
  async verificationConcluded(@Payload() event: EventOf<typeof VerificationConcluded>) {
    await this.track.concluded(event);
    await this.command.execute(event);
  }
}
