-- CreateTable
CREATE TABLE "DossierGrant" (
    "declarationId" UUID NOT NULL,
    "expertId" TEXT NOT NULL,
    "reviewPlanId" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "DossierGrant_pkey" PRIMARY KEY ("declarationId","expertId")
);
