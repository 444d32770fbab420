import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ResultPublished, type EventOf } from '@zc/contracts';
import { IssueCertificateCommand } from './issue-certificate.command';

@Controller()
export class IssueCertificateEventController {
  constructor(private readonly command: IssueCertificateCommand) {}

  @EventPattern(ResultPublished.type)
  resultPublished(@Payload() event: EventOf<typeof ResultPublished>) {
    return this.command.execute(event);
  }
}
