import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationAccepted, type EventOf } from '@zc/contracts';
import { VerifyDeclarationCommand } from './verify-declaration.command';

@Controller()
export class VerifyDeclarationEventController {
  constructor(private readonly command: VerifyDeclarationCommand) {}

  /** Facts are checked once the committee office has accepted the declaration. */
  @EventPattern(DeclarationAccepted.type)
  declarationAccepted(@Payload() event: EventOf<typeof DeclarationAccepted>) {
    return this.command.execute(event);
  }
}
