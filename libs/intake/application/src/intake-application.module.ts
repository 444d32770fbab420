import { ExpertDossiers, ExpertDossiersEventController } from './dossiers/expert-dossiers';
import { EvidenceOrphanSweep } from './materials/evidence-orphan.sweep';
import { RecordEntrustmentLetterCommand, RecordEntrustmentLetterEventController } from './entrustment/record-entrustment-letter.event.controller';
import { CancelOnFalsePromiseEventController } from './review/cancel-on-false-promise.event.controller';
import { Module } from '@nestjs/common';
import { IntakeDataAccessModule } from '@zc/intake/data-access';
import { CatalogueHttpController } from './catalogue/catalogue.http.controller';
import { CreateDraftCommand } from './declarations/create-draft.command';
import { DeclarationLoader } from './declarations/declaration-loader';
import { DeclarationsHttpController } from './declarations/declarations.http.controller';
import { SubmitDeclarationCommand } from './declarations/submit-declaration.command';
import { INTAKE_SETTINGS, loadIntakeSettings } from './intake.settings';
import { RecordIntegrityCommand, RecordIntegrityEventController } from './integrity-archive/record-integrity.event.controller';
import { EvidenceHttpController } from './materials/evidence.http.controller';
import { UploadEvidenceCommand } from './materials/upload-evidence.command';
import { ManagePlansCommand } from './plans/manage-plans.command';
import { ManagePlansHttpController } from './plans/manage-plans.http.controller';
import { PlanRepository } from './plans/plan-repository';
import { SeedPlansOnStartup } from './plans/seed-plans.on-startup';
import { OverdueSweepScheduler } from './review/overdue-sweep.scheduler';
import { CancelDeclarationCommand } from './review/cancel-declaration.command';
import { ReviewDeclarationCommand } from './review/review-declaration.command';
import { ReviewFactsProvider } from './review/review-facts';
import { ReviewDeclarationHttpController } from './review/review-declaration.http.controller';
import { StatisticsHttpController } from './statistics/statistics.http.controller';
import { TrackProgressCommand } from './track-progress/track-progress.command';
import { TrackProgressEventController } from './track-progress/track-progress.event.controller';

@Module({
  imports: [IntakeDataAccessModule],
  controllers: [ExpertDossiersEventController, DeclarationsHttpController, ReviewDeclarationHttpController, EvidenceHttpController, ManagePlansHttpController, CatalogueHttpController, StatisticsHttpController, TrackProgressEventController, RecordIntegrityEventController, CancelOnFalsePromiseEventController, RecordEntrustmentLetterEventController],
  providers: [
    RecordEntrustmentLetterCommand,
    EvidenceOrphanSweep,
    ExpertDossiers,
    { provide: INTAKE_SETTINGS, useFactory: loadIntakeSettings },
    PlanRepository,
    SeedPlansOnStartup,
    ManagePlansCommand,
    DeclarationLoader,
    CreateDraftCommand,
    SubmitDeclarationCommand,
    ReviewDeclarationCommand,
    ReviewFactsProvider,
    CancelDeclarationCommand,
    OverdueSweepScheduler,
    UploadEvidenceCommand,
    RecordIntegrityCommand,
    TrackProgressCommand,
  ],
})
export class IntakeApplicationModule {}
