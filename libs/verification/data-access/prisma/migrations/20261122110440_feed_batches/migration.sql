-- CreateTable
CREATE TABLE "FeedBatch" (
    "batchId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "way" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "rowsRead" INTEGER NOT NULL,
    "rowsAccepted" INTEGER NOT NULL,
    "rowsAlreadyHeld" INTEGER NOT NULL,
    "rowsRejected" INTEGER NOT NULL,
    "rejectReasons" JSONB NOT NULL,

    CONSTRAINT "FeedBatch_pkey" PRIMARY KEY ("batchId")
);

-- CreateIndex
CREATE INDEX "FeedBatch_source_receivedAt_idx" ON "FeedBatch"("source", "receivedAt");
