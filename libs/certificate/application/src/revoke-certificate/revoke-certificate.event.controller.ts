import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationStatusChanged, IntegrityRecordRecorded, type EventOf } from '@zc/contracts';
import { RevokeCertificateCommand } from './revoke-certificate.command';

@Controller()
export class RevokeCertificateEventController {
  constructor(private readonly command: RevokeCertificateCommand) {}

  @EventPattern(DeclarationStatusChanged.type)
  statusChanged(@Payload() event: EventOf<typeof DeclarationStatusChanged>) {
    return this.command.execute(event);
  }

  @EventPattern(IntegrityRecordRecorded.type)
  integrityRecorded(@Payload() event: EventOf<typeof IntegrityRecordRecorded>) {
    return this.command.integrityRecorded(event);
  }
}
