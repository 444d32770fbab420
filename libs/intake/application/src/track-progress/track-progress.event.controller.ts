import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { CertificateIssued, DecisionRecorded, ResultPublished, ResultWithheld, VerificationConcluded, WindowOpened, type EventOf } from '@zc/contracts';
import { ExpertDossiers } from '../dossiers/expert-dossiers';
import { TrackProgressCommand } from './track-progress.command';

/** Intake follows each declaration through the other services' events. */
@Controller()
export class TrackProgressEventController {
  constructor(
    private readonly command: TrackProgressCommand,
    private readonly dossiers: ExpertDossiers,
  ) {}

  @EventPattern(VerificationConcluded.type)
  verificationConcluded(@Payload() event: EventOf<typeof VerificationConcluded>) {
    const { declarationId, outcome, reason } = event.data;
    return this.command.execute(event, declarationId, { kind: 'verification-concluded', outcome, reason });
  }

  @EventPattern(DecisionRecorded.type)
  async decisionRecorded(@Payload() event: EventOf<typeof DecisionRecorded>) {
    const { declarationId, outcome, reason } = event.data;
    await this.dossiers.decided(event); // decided: its dossier closes to the experts
    return this.command.execute(event, declarationId, { kind: 'decision-recorded', outcome, reason });
  }

  @EventPattern(WindowOpened.type)
  publicityOpened(@Payload() event: EventOf<typeof WindowOpened>) {
    return this.command.execute(event, event.data.declarationId, { kind: 'publicity-opened' });
  }

  @EventPattern(ResultPublished.type)
  resultPublished(@Payload() event: EventOf<typeof ResultPublished>) {
    return this.command.execute(event, event.data.declarationId, { kind: 'result-published' });
  }

  @EventPattern(ResultWithheld.type)
  resultWithheld(@Payload() event: EventOf<typeof ResultWithheld>) {
    return this.command.execute(event, event.data.declarationId, { kind: 'result-withheld', reason: event.data.reason });
  }

  @EventPattern(CertificateIssued.type)
  certificateIssued(@Payload() event: EventOf<typeof CertificateIssued>) {
    const { declarationId, certificateNumber } = event.data;
    return this.command.execute(event, declarationId, { kind: 'certificate-issued', certificateNumber });
  }
}
