-- Declarations from before the review lifecycle (the walking skeleton) lack the facts the new
-- NOT NULL columns hold. No deployment has carried real declarations, so they are cleared.
DELETE FROM "DeclarationStatusChange";
DELETE FROM "Declaration";

-- DropIndex
DROP INDEX "Declaration_employerCreditCode_idx";

-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "channel" TEXT NOT NULL,
ADD COLUMN     "committee" TEXT,
ADD COLUMN     "correctionDeadline" TEXT,
ADD COLUMN     "correctionRequested" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "department" TEXT NOT NULL,
ADD COLUMN     "employment" JSONB NOT NULL,
ADD COLUMN     "feeDeadline" TEXT,
ADD COLUMN     "materials" JSONB NOT NULL,
ADD COLUMN     "planId" TEXT NOT NULL,
ADD COLUMN     "planVersion" INTEGER NOT NULL,
ADD COLUMN     "profile" JSONB NOT NULL,
ADD COLUMN     "specialty" TEXT NOT NULL,
ADD COLUMN     "unitPublicity" JSONB,
ADD COLUMN     "warnings" JSONB NOT NULL DEFAULT '[]',
ALTER COLUMN "submittedAt" DROP NOT NULL,
ALTER COLUMN "submittedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "DeclarationStatusChange" ADD COLUMN     "actor" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "actorId" TEXT;

-- CreateTable
CREATE TABLE "AnnualPlan" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "document" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "AnnualPlan_pkey" PRIMARY KEY ("id","version")
);

-- CreateTable
CREATE TABLE "PlanChange" (
    "seq" BIGSERIAL NOT NULL,
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "by" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "PlanChange_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "IntegrityRecord" (
    "id" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "activeUntil" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntegrityRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnnualPlan_region_year_status_idx" ON "AnnualPlan"("region", "year", "status");

-- CreateIndex
CREATE INDEX "IntegrityRecord_idNumber_idx" ON "IntegrityRecord"("idNumber");

-- CreateIndex
CREATE INDEX "Declaration_employerCreditCode_series_level_idx" ON "Declaration"("employerCreditCode", "series", "level");

-- CreateIndex
CREATE INDEX "Declaration_department_idx" ON "Declaration"("department");

-- CreateIndex
CREATE INDEX "Declaration_committee_idx" ON "Declaration"("committee");

-- CreateIndex
CREATE INDEX "Declaration_idNumber_planId_idx" ON "Declaration"("idNumber", "planId");

-- AddForeignKey
ALTER TABLE "PlanChange" ADD CONSTRAINT "PlanChange_planId_version_fkey" FOREIGN KEY ("planId", "version") REFERENCES "AnnualPlan"("id", "version") ON DELETE RESTRICT ON UPDATE CASCADE;
