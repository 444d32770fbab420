-- AlterTable: checks now have a status (pending, manual-review, passed, failed). Rows written before
-- this migration were settled from feed data, and their person is not known here, hence the empty default.
ALTER TABLE "CheckResult" ADD COLUMN     "idNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedBy" TEXT,
ADD COLUMN     "settledBy" TEXT,
ADD COLUMN     "status" TEXT,
ADD COLUMN     "timesOutAt" TIMESTAMP(3),
ADD COLUMN     "spotCheckId" UUID;
UPDATE "CheckResult" SET "status" = "outcome", "settledBy" = 'feed-data';
ALTER TABLE "CheckResult" ALTER COLUMN "status" SET NOT NULL, ALTER COLUMN "idNumber" DROP DEFAULT, DROP COLUMN "outcome";

-- CreateTable
CREATE TABLE "ContinuingEducationRecord" (
    "id" BIGSERIAL NOT NULL,
    "idNumber" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "courseCode" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "hours" DECIMAL(6,1) NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'continuing-education',
    "batchId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT,

    CONSTRAINT "ContinuingEducationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DegreeRecord" (
    "id" BIGSERIAL NOT NULL,
    "idNumber" TEXT NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "degree" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "major" TEXT NOT NULL,
    "graduatedOn" DATE NOT NULL,
    "studyMode" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'degree',
    "batchId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "contentHash" TEXT,

    CONSTRAINT "DegreeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationPlan" (
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "qualificationCutoff" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationPlan_pkey" PRIMARY KEY ("planId","version")
);

-- CreateTable
CREATE TABLE "DeclarationCase" (
    "declarationId" UUID NOT NULL,
    "idNumber" TEXT NOT NULL,
    "employerCreditCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "education" JSONB NOT NULL,
    "promised" BOOLEAN NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "concludedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "DeclarationCase_pkey" PRIMARY KEY ("declarationId")
);

-- CreateTable
CREATE TABLE "SpotCheck" (
    "id" UUID NOT NULL,
    "planId" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "rate" DOUBLE PRECISION NOT NULL,
    "population" JSONB NOT NULL,
    "drawn" JSONB NOT NULL,
    "drawnBy" TEXT NOT NULL,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SpotCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContinuingEducationRecord_idNumber_year_provider_courseCode_key" ON "ContinuingEducationRecord"("idNumber", "year", "provider", "courseCode");

-- CreateIndex
CREATE UNIQUE INDEX "DegreeRecord_idNumber_certificateNumber_key" ON "DegreeRecord"("idNumber", "certificateNumber");

-- CreateIndex
CREATE INDEX "DeclarationCase_planId_promised_idx" ON "DeclarationCase"("planId", "promised");

-- CreateIndex
CREATE INDEX "CheckResult_status_check_idNumber_idx" ON "CheckResult"("status", "check", "idNumber");
