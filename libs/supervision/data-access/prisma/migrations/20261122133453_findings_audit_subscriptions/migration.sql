-- AlterTable
ALTER TABLE "TimelineEntry" ADD COLUMN     "caseKeys" TEXT[];

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT,
    "committee" TEXT,
    "series" TEXT,
    "level" TEXT,
    "employerCreditCode" TEXT,
    "idNumber" TEXT,
    "planId" TEXT,
    "planVersion" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanDocument" (
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "region" TEXT NOT NULL,
    "document" JSONB NOT NULL,

    CONSTRAINT "PlanDocument_pkey" PRIMARY KEY ("planId","version")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" UUID NOT NULL,
    "ruleId" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectKind" TEXT NOT NULL,
    "region" TEXT,
    "committee" TEXT,
    "series" TEXT,
    "evidence" TEXT[],
    "dedupeKey" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingChange" (
    "seq" BIGINT NOT NULL,
    "findingId" UUID NOT NULL,
    "change" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "comment" TEXT,
    "by" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FindingChange_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "RuleEvaluation" (
    "id" BIGSERIAL NOT NULL,
    "ruleId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "triggerEventId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "findingId" UUID,
    "evaluatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RuleEvaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecord" (
    "seq" BIGINT NOT NULL,
    "eventId" UUID NOT NULL,
    "topic" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" UUID NOT NULL,
    "inspector" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "delivery" TEXT NOT NULL,
    "url" TEXT,
    "secret" TEXT,
    "cursor" BIGINT NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" UUID NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IntegrityRecord" (
    "id" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "declarationId" UUID,
    "ruleId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "recordedOn" TEXT NOT NULL,
    "activeUntil" TEXT NOT NULL,
    "evidence" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Case_kind_employerCreditCode_series_level_planId_idx" ON "Case"("kind", "employerCreditCode", "series", "level", "planId");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_dedupeKey_key" ON "Finding"("dedupeKey");

-- CreateIndex
CREATE INDEX "Finding_region_status_raisedAt_idx" ON "Finding"("region", "status", "raisedAt");

-- CreateIndex
CREATE INDEX "Finding_subject_idx" ON "Finding"("subject");

-- CreateIndex
CREATE INDEX "FindingChange_findingId_idx" ON "FindingChange"("findingId");

-- CreateIndex
CREATE INDEX "RuleEvaluation_subject_ruleId_idx" ON "RuleEvaluation"("subject", "ruleId");

-- CreateIndex
CREATE UNIQUE INDEX "AuditRecord_eventId_key" ON "AuditRecord"("eventId");

-- CreateIndex
CREATE INDEX "Subscription_delivery_active_idx" ON "Subscription"("delivery", "active");

-- CreateIndex
CREATE INDEX "WebhookDelivery_subscriptionId_status_idx" ON "WebhookDelivery"("subscriptionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_subscriptionId_seq_key" ON "WebhookDelivery"("subscriptionId", "seq");

-- CreateIndex
CREATE INDEX "IntegrityRecord_idNumber_idx" ON "IntegrityRecord"("idNumber");

-- CreateIndex
CREATE INDEX "TimelineEntry_caseKeys_idx" ON "TimelineEntry" USING GIN ("caseKeys");
