import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PromiseFoundFalse, type EventOf } from '@zc/contracts';
import { CancelDeclarationCommand } from './cancel-declaration.command';

@Controller()
export class CancelOnFalsePromiseEventController {
  constructor(private readonly command: CancelDeclarationCommand) {}

  @EventPattern(PromiseFoundFalse.type)
  promiseFoundFalse(@Payload() event: EventOf<typeof PromiseFoundFalse>) {
    return this.command.onFalsePromise(event);
  }
}
