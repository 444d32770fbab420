import { Module } from '@nestjs/common';
import { PublicityDataAccessModule } from '@zc/publicity/data-access';
import { CloseWindowCommand } from './close-window/close-window.command';
import { WindowClosingScheduler } from './close-window/window-closing.scheduler';
import { ListPublicityHttpController } from './list-publicity/list-publicity.http.controller';
import { ObjectionsCommand } from './objections/objections.command';
import { ObjectionsHttpController } from './objections/objections.http.controller';
import { OpenWindowCommand } from './open-window/open-window.command';
import { OpenWindowEventController } from './open-window/open-window.event.controller';

@Module({
  imports: [PublicityDataAccessModule],
  controllers: [OpenWindowEventController, ListPublicityHttpController, ObjectionsHttpController],
  providers: [OpenWindowCommand, CloseWindowCommand, WindowClosingScheduler, ObjectionsCommand],
})
export class PublicityApplicationModule {}
