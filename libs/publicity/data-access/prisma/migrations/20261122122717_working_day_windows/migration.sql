-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "planId" TEXT,
ADD COLUMN     "planVersion" INTEGER;

-- CreateTable
CREATE TABLE "PublicityPlan" (
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "workingDays" INTEGER NOT NULL,

    CONSTRAINT "PublicityPlan_pkey" PRIMARY KEY ("planId","version")
);
