-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "directedCounty" TEXT,
ADD COLUMN     "idNumber" TEXT,
ADD COLUMN     "region" TEXT,
ADD COLUMN     "specialty" TEXT;

-- CreateTable
CREATE TABLE "Dossier" (
    "declarationId" UUID NOT NULL,
    "applicantName" TEXT,
    "idNumber" TEXT,
    "applicantAccount" TEXT,
    "employerCreditCode" TEXT,
    "series" TEXT,
    "seriesName" TEXT,
    "specialty" TEXT,
    "specialtyName" TEXT,
    "level" TEXT,
    "region" TEXT,
    "channel" TEXT,
    "directedCounty" TEXT,
    "committee" TEXT,
    "outcome" TEXT,
    "attending" INTEGER,
    "votesFor" INTEGER,
    "votesAgainst" INTEGER,
    "abstentions" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "publicityOpensAt" TIMESTAMP(3),
    "publicityClosesAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "publishedBy" UUID,
    "correlationId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("declarationId")
);

-- CreateTable
CREATE TABLE "CertificateDocument" (
    "certificateId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "renderedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateDocument_pkey" PRIMARY KEY ("certificateId","kind")
);

-- CreateIndex
CREATE INDEX "Dossier_applicantAccount_idx" ON "Dossier"("applicantAccount");
