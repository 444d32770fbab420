import { Module } from '@nestjs/common';
import { SupervisionDataAccessModule } from '@zc/supervision/data-access';
import { AuditAnchorScheduler, AuditLog, VerifyAuditHttpController } from './audit';
import { DeferredRuleChecks } from './deferred-rules/deferred-rule-checks';
import { ChangeFindingStatusCommand } from './findings/change-finding-status.command';
import { FindingRecorder } from './findings/finding-recorder';
import { FindingsHttpController } from './findings/findings.http.controller';
import { GetTimelineHttpController } from './get-timeline/get-timeline.http.controller';
import { IntegrityArchive } from './integrity-archive/integrity-archive';
import { IntegrityRecordsHttpController } from './integrity-archive/integrity-records.http.controller';
import { ObserveEventCommand } from './observe-event/observe-event.command';
import { ObserveEventEventController } from './observe-event/observe-event.event.controller';
import { SupervisionTransactions } from './observe-event/supervision-transactions';
import { FindingsFeed, FindingsStreamHttpController, SubscriptionsHttpController, WebhookDeliveryQueue } from './subscriptions';

@Module({
  imports: [SupervisionDataAccessModule],
  // The stream before the findings controller, so that `/findings/stream` is not taken for an id.
  controllers: [ObserveEventEventController, GetTimelineHttpController, FindingsStreamHttpController, FindingsHttpController, SubscriptionsHttpController, IntegrityRecordsHttpController, VerifyAuditHttpController],
  providers: [SupervisionTransactions, ObserveEventCommand, AuditLog, FindingRecorder, ChangeFindingStatusCommand, IntegrityArchive, DeferredRuleChecks, FindingsFeed, WebhookDeliveryQueue, AuditAnchorScheduler],
})
export class SupervisionApplicationModule {}
