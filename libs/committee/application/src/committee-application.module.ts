import { Module } from '@nestjs/common';
import { CommitteeDataAccessModule } from '@zc/committee/data-access';
import { GetDecisionHttpController } from './get-decision/get-decision.http.controller';
import { RecordDecisionCommand } from './record-decision/record-decision.command';
import { RecordDecisionEventController } from './record-decision/record-decision.event.controller';

@Module({
  imports: [CommitteeDataAccessModule],
  controllers: [RecordDecisionEventController, GetDecisionHttpController],
  providers: [RecordDecisionCommand],
})
export class CommitteeApplicationModule {}
