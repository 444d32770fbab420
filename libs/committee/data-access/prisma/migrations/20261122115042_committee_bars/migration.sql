-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "barredBecause" TEXT,
ADD COLUMN     "barredUntil" TEXT;
