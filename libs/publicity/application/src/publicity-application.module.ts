import { Module } from '@nestjs/common';
import { PublicityDataAccessModule } from '@zc/publicity/data-access';
import { CloseWindowCommand } from './close-window/close-window.command';
import { WindowClosingScheduler } from './close-window/window-closing.scheduler';
import { ListPublicityHttpController } from './list-publicity/list-publicity.http.controller';
import { ObjectionsCommand } from './objections/objections.command';
import { ObjectionsHttpController } from './objections/objections.http.controller';
import { OpenWindowCommand } from './open-window/open-window.command';
import { OpenWindowEventController } from './open-window/open-window.event.controller';
import { OverdueReportingScheduler } from './report-results/overdue-reporting.scheduler';
import { ReportResultsCommand } from './report-results/report-results.command';
import { ReportResultsHttpController } from './report-results/report-results.http.controller';

@Module({
  imports: [PublicityDataAccessModule],
  controllers: [OpenWindowEventController, ListPublicityHttpController, ObjectionsHttpController, ReportResultsHttpController],
  providers: [OpenWindowCommand, CloseWindowCommand, WindowClosingScheduler, ObjectionsCommand, ReportResultsCommand, OverdueReportingScheduler],
})
export class PublicityApplicationModule {}
