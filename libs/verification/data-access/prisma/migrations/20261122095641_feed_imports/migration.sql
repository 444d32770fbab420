-- AlterTable
ALTER TABLE "SocialSecurityRecord" ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'social-security';

-- CreateTable
CREATE TABLE "FeedImport" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "linesRead" INTEGER NOT NULL DEFAULT 0,
    "rowsAccepted" INTEGER NOT NULL DEFAULT 0,
    "rowsAlreadyHeld" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "committedLine" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "report" JSONB,

    CONSTRAINT "FeedImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedRejectedRow" (
    "id" BIGSERIAL NOT NULL,
    "importId" UUID NOT NULL,
    "line" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "raw" TEXT NOT NULL,

    CONSTRAINT "FeedRejectedRow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FeedImport_source_sha256_key" ON "FeedImport"("source", "sha256");

-- CreateIndex
CREATE UNIQUE INDEX "FeedRejectedRow_importId_line_key" ON "FeedRejectedRow"("importId", "line");
