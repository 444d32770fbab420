-- CreateTable
CREATE TABLE "Objection" (
    "id" UUID NOT NULL,
    "windowId" UUID NOT NULL,
    "declarationId" UUID NOT NULL,
    "target" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Objection_declarationId_status_idx" ON "Objection"("declarationId", "status");
