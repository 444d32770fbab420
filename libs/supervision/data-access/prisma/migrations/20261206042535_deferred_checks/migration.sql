-- CreateTable
CREATE TABLE "DeferredCheck" (
    "ruleId" TEXT NOT NULL,
    "eventId" UUID NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeferredCheck_pkey" PRIMARY KEY ("ruleId","eventId")
);

-- CreateIndex
CREATE INDEX "DeferredCheck_dueAt_idx" ON "DeferredCheck"("dueAt");

-- Checks the BullMQ delayed jobs of earlier versions had still to make: every trigger event of a
-- deferred rule without an evaluation of that rule, due at once (R-EL-5, R-CM-1, R-CT-1).
INSERT INTO "DeferredCheck" ("ruleId", "eventId", "dueAt")
SELECT r."ruleId", t."eventId", now()
  FROM "TimelineEntry" t
  JOIN (VALUES ('R-EL-5', 'intake.declaration.accepted.v1'),
               ('R-CM-1', 'committee.review-plan.filed.v1'),
               ('R-CM-1', 'committee.decision.recorded.v1'),
               ('R-CT-1', 'certificate.certificate.issued.v1')) AS r("ruleId", type) ON r.type = t.type
 WHERE NOT EXISTS (SELECT 1 FROM "RuleEvaluation" e WHERE e."triggerEventId" = t."eventId"::text AND e."ruleId" = r."ruleId")
ON CONFLICT DO NOTHING;
