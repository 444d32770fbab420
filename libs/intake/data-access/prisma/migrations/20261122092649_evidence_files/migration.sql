-- CreateTable
CREATE TABLE "Evidence" (
    "id" BIGSERIAL NOT NULL,
    "declarationId" UUID NOT NULL,
    "materialIndex" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "contentType" TEXT NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Evidence_sha256_idx" ON "Evidence"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_declarationId_materialIndex_part_key" ON "Evidence"("declarationId", "materialIndex", "part");
