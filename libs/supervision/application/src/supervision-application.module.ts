import { Module } from '@nestjs/common';
import { SupervisionDataAccessModule } from '@zc/supervision/data-access';
import { GetTimelineHttpController } from './get-timeline/get-timeline.http.controller';
import { RecordTimelineCommand } from './record-timeline/record-timeline.command';
import { RecordTimelineEventController } from './record-timeline/record-timeline.event.controller';

@Module({
  imports: [SupervisionDataAccessModule],
  controllers: [RecordTimelineEventController, GetTimelineHttpController],
  providers: [RecordTimelineCommand],
})
export class SupervisionApplicationModule {}
