import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { PlanPublished, type EventOf } from '@zc/contracts';
import { RecordPlanCommand } from './record-plan.command';

@Controller()
export class RecordPlanEventController {
  constructor(private readonly command: RecordPlanCommand) {}

  /** The months, hours, years and timeout the checks apply come from the annual plan. */
  @EventPattern(PlanPublished.type)
  planPublished(@Payload() event: EventOf<typeof PlanPublished>) {
    return this.command.execute(event);
  }
}
