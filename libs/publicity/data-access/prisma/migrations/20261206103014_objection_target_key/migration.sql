-- One objection per target and window (issue 14): the target normalised as targetKeyOf does.
ALTER TABLE "Objection" ADD COLUMN "targetKey" TEXT;

UPDATE "Objection" SET "targetKey" = btrim(regexp_replace(lower(normalize("target", NFKC)), '\s+', ' ', 'g'));

-- Duplicates filed before this change keep their rows, told apart by their id.
UPDATE "Objection" o SET "targetKey" = o."targetKey" || ' #' || o.id
  FROM "Objection" first
 WHERE first."windowId" = o."windowId" AND first."targetKey" = o."targetKey" AND first."filedAt" < o."filedAt";

ALTER TABLE "Objection" ALTER COLUMN "targetKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Objection_windowId_targetKey_key" ON "Objection"("windowId", "targetKey");
