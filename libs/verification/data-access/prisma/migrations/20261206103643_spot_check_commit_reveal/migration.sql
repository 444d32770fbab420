-- Spot checks by commit and reveal with a witness (R-VF-1, issue 14). Spot checks drawn before
-- this change were seeded by the bureau: they keep their seed as the "secret", an empty witness
-- input, and a commitment computed now (it proves nothing about them, and says so by being late).
ALTER TABLE "SpotCheck" ADD COLUMN "announcedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN "announcedBy" TEXT,
ADD COLUMN "region" TEXT,
ADD COLUMN "secretSeed" TEXT,
ADD COLUMN "seedCommitment" TEXT,
ADD COLUMN "status" TEXT NOT NULL DEFAULT 'announced',
ADD COLUMN "witnessInput" TEXT,
ALTER COLUMN "seed" DROP NOT NULL,
ALTER COLUMN "drawn" DROP NOT NULL,
ALTER COLUMN "drawnBy" DROP NOT NULL,
ALTER COLUMN "drawnAt" DROP NOT NULL,
ALTER COLUMN "drawnAt" DROP DEFAULT;

UPDATE "SpotCheck" SET "announcedBy" = "drawnBy", "announcedAt" = "drawnAt", "secretSeed" = "seed", "witnessInput" = '', "status" = 'drawn',
  "seedCommitment" = encode(sha256(convert_to('zc-spot-check:' || "seed", 'UTF8')), 'hex');

ALTER TABLE "SpotCheck" ALTER COLUMN "announcedBy" SET NOT NULL,
ALTER COLUMN "secretSeed" SET NOT NULL,
ALTER COLUMN "seedCommitment" SET NOT NULL;

-- CreateIndex
CREATE INDEX "SpotCheck_planId_status_idx" ON "SpotCheck"("planId", "status");
