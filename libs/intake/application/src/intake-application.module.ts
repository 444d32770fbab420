import { Module } from '@nestjs/common';
import { IntakeDataAccessModule } from '@zc/intake/data-access';
import { GetDeclarationHttpController } from './get-declaration/get-declaration.http.controller';
import { GetDeclarationQuery } from './get-declaration/get-declaration.query';
import { SubmitDeclarationCommand } from './submit-declaration/submit-declaration.command';
import { SubmitDeclarationHttpController } from './submit-declaration/submit-declaration.http.controller';
import { TrackProgressCommand } from './track-progress/track-progress.command';
import { TrackProgressEventController } from './track-progress/track-progress.event.controller';

@Module({
  imports: [IntakeDataAccessModule],
  controllers: [SubmitDeclarationHttpController, GetDeclarationHttpController, TrackProgressEventController],
  providers: [SubmitDeclarationCommand, GetDeclarationQuery, TrackProgressCommand],
})
export class IntakeApplicationModule {}
