-- CreateTable
CREATE TABLE "EntrustmentLetter" (
    "id" UUID NOT NULL,
    "committeeId" TEXT NOT NULL,
    "fromRegion" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "levels" TEXT[],
    "specialties" TEXT[],
    "validUntil" TEXT NOT NULL,

    CONSTRAINT "EntrustmentLetter_pkey" PRIMARY KEY ("id")
);
