-- AlterTable
ALTER TABLE "ReviewPlan" ADD COLUMN     "approvalReason" TEXT,
ADD COLUMN     "approvedBy" TEXT,
ADD COLUMN     "place" TEXT;
