import { Module } from '@nestjs/common';
import { CommitteeDataAccessModule } from '@zc/committee/data-access';
import { CommitteesHttpController } from './committees/committees.http.controller';
import { DeadlineSweepScheduler } from './committees/deadline-sweep.scheduler';
import { DrawExpertsCommand } from './draws/draw-experts.command';
import { DrawsHttpController } from './draws/draws.http.controller';
import { ExpertPanelsHttpController } from './expert-panels/expert-panels.http.controller';
import { CloseMeetingCommand } from './meetings/close-meeting.command';
import { MeetingsHttpController } from './meetings/meetings.http.controller';
import { OpenMeetingCommand } from './meetings/open-meeting.command';
import { TakePartCommand } from './meetings/take-part.command';
import { GetDecisionHttpController } from './get-decision/get-decision.http.controller';
import { RecordPlanCommand, RecordPlanEventController } from './plans/record-plan.command';
import { TrackDeclarationsEventController } from './routing/track-declarations.event.controller';
import { DecideMeetingApplicationCommand } from './review-plans/decide-meeting-application.command';
import { FileReviewPlanCommand } from './review-plans/file-review-plan.command';
import { ReviewPlansHttpController } from './review-plans/review-plans.http.controller';
import { TrackDeclarationsCommand } from './routing/track-declarations.command';

@Module({
  imports: [CommitteeDataAccessModule],
  controllers: [TrackDeclarationsEventController, RecordPlanEventController, GetDecisionHttpController, CommitteesHttpController, ReviewPlansHttpController, DrawsHttpController, MeetingsHttpController, ExpertPanelsHttpController],
  providers: [DeadlineSweepScheduler, DecideMeetingApplicationCommand, RecordPlanCommand, TrackDeclarationsCommand, FileReviewPlanCommand, DrawExpertsCommand, OpenMeetingCommand, TakePartCommand, CloseMeetingCommand],
})
export class CommitteeApplicationModule {}
