import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationAccepted, VerificationConcluded, type EventOf } from '@zc/contracts';
import { TrackDeclarationsCommand } from './track-declarations.command';

/** Declarations reach the committee on acceptance and are ready for review once verification passed them. */
@Controller()
export class TrackDeclarationsEventController {
  constructor(private readonly track: TrackDeclarationsCommand) {}

  @EventPattern(DeclarationAccepted.type)
  declarationAccepted(@Payload() event: EventOf<typeof DeclarationAccepted>) {
    return this.track.accepted(event);
  }

  @EventPattern(VerificationConcluded.type)
  verificationConcluded(@Payload() event: EventOf<typeof VerificationConcluded>) {
    return this.track.concluded(event);
  }
}
