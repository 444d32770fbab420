-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "abstentions" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewPlanId" UUID;

-- CreateTable
CREATE TABLE "Meeting" (
    "reviewPlanId" UUID NOT NULL,
    "openedOn" TEXT NOT NULL,
    "openedBy" TEXT NOT NULL,
    "sitting" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "closedOn" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("reviewPlanId")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "reviewPlanId" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("reviewPlanId","expertId")
);

-- CreateTable
CREATE TABLE "Opinion" (
    "declarationId" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "reviewPlanId" UUID NOT NULL,
    "opinion" TEXT NOT NULL,
    "defenceScore" INTEGER,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Opinion_pkey" PRIMARY KEY ("declarationId","expertId")
);

-- CreateTable
CREATE TABLE "BallotCast" (
    "declarationId" UUID NOT NULL,
    "expertId" UUID NOT NULL,
    "reviewPlanId" UUID NOT NULL,

    CONSTRAINT "BallotCast_pkey" PRIMARY KEY ("declarationId","expertId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" UUID NOT NULL,
    "reviewPlanId" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "choice" TEXT NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Ballot_declarationId_idx" ON "Ballot"("declarationId");
