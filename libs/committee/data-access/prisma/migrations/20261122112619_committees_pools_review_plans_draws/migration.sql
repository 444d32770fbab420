-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisingUnit" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "series" TEXT[],
    "specialties" TEXT[],
    "levels" TEXT[],
    "filingNumber" TEXT NOT NULL,
    "filedUntil" TEXT NOT NULL,
    "openToHighSkill" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT NOT NULL,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" UUID NOT NULL,
    "committeeId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "specialties" TEXT[],
    "titleLevel" TEXT NOT NULL,
    "employerCreditCode" TEXT NOT NULL,
    "highSkill" BOOLEAN NOT NULL,
    "nonPublic" BOOLEAN NOT NULL,
    "available" BOOLEAN NOT NULL DEFAULT true,
    "conflicts" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutedDeclaration" (
    "declarationId" UUID NOT NULL,
    "committeeId" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "employerCreditCode" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "planVersion" INTEGER NOT NULL,
    "reviewPlanId" UUID,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoutedDeclaration_pkey" PRIMARY KEY ("declarationId")
);

-- CreateTable
CREATE TABLE "VerificationOutcome" (
    "declarationId" UUID NOT NULL,
    "outcome" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerificationOutcome_pkey" PRIMARY KEY ("declarationId")
);

-- CreateTable
CREATE TABLE "CommitteePlan" (
    "planId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "document" JSONB NOT NULL,

    CONSTRAINT "CommitteePlan_pkey" PRIMARY KEY ("planId","version")
);

-- CreateTable
CREATE TABLE "ReviewPlan" (
    "id" UUID NOT NULL,
    "committeeId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "meetingOn" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "panels" JSONB NOT NULL,
    "declarationIds" TEXT[],
    "filedOn" TEXT NOT NULL,
    "filedBy" TEXT NOT NULL,
    "seedCommitment" TEXT NOT NULL,
    "secretSeed" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "quorumShare" DOUBLE PRECISION NOT NULL,
    "passRateCap" DOUBLE PRECISION,
    "defence" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draw" (
    "reviewPlanId" UUID NOT NULL,
    "revealedSeed" TEXT NOT NULL,
    "witnessInput" TEXT NOT NULL,
    "witnessedBy" TEXT NOT NULL,
    "publicInputs" JSONB NOT NULL,
    "result" JSONB NOT NULL,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Draw_pkey" PRIMARY KEY ("reviewPlanId")
);

-- CreateIndex
CREATE INDEX "Expert_committeeId_idx" ON "Expert"("committeeId");

-- CreateIndex
CREATE INDEX "RoutedDeclaration_committeeId_idx" ON "RoutedDeclaration"("committeeId");

-- CreateIndex
CREATE INDEX "ReviewPlan_committeeId_idx" ON "ReviewPlan"("committeeId");
