-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "committee" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PublicityPlan" ADD COLUMN     "fileWithinDays" INTEGER,
ADD COLUMN     "reportWithinDays" INTEGER;

-- CreateTable
CREATE TABLE "ReportingDuty" (
    "declarationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "fulfilledAt" TIMESTAMP(3),
    "fulfilledBy" TEXT,
    "reference" TEXT,
    "overdueAt" TIMESTAMP(3),
    "correlationId" TEXT NOT NULL,

    CONSTRAINT "ReportingDuty_pkey" PRIMARY KEY ("declarationId","kind")
);

-- CreateIndex
CREATE INDEX "ReportingDuty_committee_kind_fulfilledAt_idx" ON "ReportingDuty"("committee", "kind", "fulfilledAt");

-- CreateIndex
CREATE INDEX "ReportingDuty_fulfilledAt_overdueAt_dueAt_idx" ON "ReportingDuty"("fulfilledAt", "overdueAt", "dueAt");
