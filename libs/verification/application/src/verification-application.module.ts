import { Module } from '@nestjs/common';
import { VerificationDataAccessModule } from '@zc/verification/data-access';
import { CheckRunner } from './checks/check-runner';
import { PendingCheckScheduler } from './checks/pending-check.scheduler';
import { TimeOutCheckCommand } from './checks/time-out-check.command';
import { ConcludeSettledDeclarationsCommand } from './conclude-verification/conclude-settled-declarations.command';
import { AgencyStatusHttpController } from './feed-records/agency-status.http.controller';
import { FeedStreamIngestion } from './feed-records/feed-stream.ingestion';
import { PushFeedRecordsHttpController } from './feed-records/push-feed-records.http.controller';
import { ReceiveFeedRecordsCommand } from './feed-records/receive-feed-records.command';
import { GetChecksHttpController } from './get-checks/get-checks.http.controller';
import { DecideManualReviewCommand } from './manual-review/decide-manual-review.command';
import { ManualReviewHttpController } from './manual-review/manual-review.http.controller';
import { RecordPlanCommand } from './plans/record-plan.command';
import { RecordPlanEventController } from './plans/record-plan.event.controller';
import { FeedBatchReceivedEventController } from './feed-batches/feed-batch-received.event.controller';
import { FeedBatchesHttpController } from './feed-batches/feed-batches.http.controller';
import { RecordFeedBatchCommand } from './feed-batches/record-feed-batch.command';
import { RerunPendingChecksCommand } from './feed-batches/rerun-pending-checks.command';
import { DrawSpotCheckCommand } from './spot-checks/draw-spot-check.command';
import { SpotChecksHttpController } from './spot-checks/spot-checks.http.controller';
import { VerifyDeclarationCommand } from './verify-declaration/verify-declaration.command';
import { VerifyDeclarationEventController } from './verify-declaration/verify-declaration.event.controller';

@Module({
  imports: [VerificationDataAccessModule],
  controllers: [
    RecordPlanEventController,
    VerifyDeclarationEventController,
    FeedBatchReceivedEventController,
    FeedBatchesHttpController,
    PushFeedRecordsHttpController,
    AgencyStatusHttpController,
    GetChecksHttpController,
    ManualReviewHttpController,
    SpotChecksHttpController,
  ],
  providers: [
    CheckRunner,
    PendingCheckScheduler,
    TimeOutCheckCommand,
    ConcludeSettledDeclarationsCommand,
    ReceiveFeedRecordsCommand,
    FeedStreamIngestion,
    RecordPlanCommand,
    VerifyDeclarationCommand,
    RecordFeedBatchCommand,
    RerunPendingChecksCommand,
    DecideManualReviewCommand,
    DrawSpotCheckCommand,
  ],
})
export class VerificationApplicationModule {}
