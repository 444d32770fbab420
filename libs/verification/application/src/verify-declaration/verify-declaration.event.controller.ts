import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationSubmitted, type EventOf } from '@zc/contracts';
import { VerifyDeclarationCommand } from './verify-declaration.command';

@Controller()
export class VerifyDeclarationEventController {
  constructor(private readonly command: VerifyDeclarationCommand) {}

  @EventPattern(DeclarationSubmitted.type)
  declarationSubmitted(@Payload() event: EventOf<typeof DeclarationSubmitted>) {
    return this.command.execute(event);
  }
}
