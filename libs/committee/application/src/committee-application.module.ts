import { Module } from '@nestjs/common';
import { CommitteeDataAccessModule } from '@zc/committee/data-access';
import { CommitteesHttpController } from './committees/committees.http.controller';
import { DrawExpertsCommand } from './draws/draw-experts.command';
import { DrawsHttpController } from './draws/draws.http.controller';
import { GetDecisionHttpController } from './get-decision/get-decision.http.controller';
import { RecordPlanCommand, RecordPlanEventController } from './plans/record-plan.command';
import { RecordDecisionCommand } from './record-decision/record-decision.command';
import { RecordDecisionEventController } from './record-decision/record-decision.event.controller';
import { FileReviewPlanCommand } from './review-plans/file-review-plan.command';
import { ReviewPlansHttpController } from './review-plans/review-plans.http.controller';
import { TrackDeclarationsCommand } from './routing/track-declarations.command';

@Module({
  imports: [CommitteeDataAccessModule],
  controllers: [RecordDecisionEventController, RecordPlanEventController, GetDecisionHttpController, CommitteesHttpController, ReviewPlansHttpController, DrawsHttpController],
  providers: [RecordDecisionCommand, RecordPlanCommand, TrackDeclarationsCommand, FileReviewPlanCommand, DrawExpertsCommand],
})
export class CommitteeApplicationModule {}
