import { CASE_TEXT_FACTS } from '@zc/supervision/domain';

const UTC_NOW = `(now() AT TIME ZONE 'UTC')`;

/**
 * A supervision batch's writes in one statement (one round trip, one parse): each parameter is a
 * JSON array of rows, and each data-modifying CTE inserts one table's rows, all or none with the
 * transaction.
 *   $1 timeline entries, in the order read;
 *   $2 case facts, in id order (so two transactions touching the same cases lock them in the same
 *      order): a case not seen before is created, a known one takes the facts given and keeps the others;
 *   $3 deferred checks, due their grace after the database's now (elapsed time, not the business clock);
 *   $4 rule evaluations; $5 findings-feed rows; $6 audit-chain rows (seqs and hashes computed under the lock).
 * Timestamps are kept as UTC without a zone, as Prisma keeps its DateTime.
 */
export const WRITE_BATCH = `
WITH timeline AS (
  INSERT INTO "TimelineEntry" ("eventId", subject, type, source, topic, "occurredAt", "correlationId", "causationId", data, "caseKeys", "receivedAt")
  SELECT t."eventId", t.subject, t.type, t.source, t.topic, t."occurredAt" AT TIME ZONE 'UTC', t."correlationId", t."causationId", t.data, t."caseKeys", t."receivedAt" AT TIME ZONE 'UTC'
    FROM jsonb_to_recordset($1::jsonb) AS t("eventId" uuid, subject text, type text, source text, topic text, "occurredAt" timestamptz, "correlationId" text, "causationId" text, data jsonb, "caseKeys" text[], "receivedAt" timestamptz)
), cases AS (
  INSERT INTO "Case" (id, kind, ${CASE_TEXT_FACTS.map((fact) => `"${fact}"`).join(', ')}, "planVersion", "updatedAt")
  SELECT c.id, c.kind, ${CASE_TEXT_FACTS.map((fact) => `c."${fact}"`).join(', ')}, c."planVersion", ${UTC_NOW}
    FROM jsonb_to_recordset($2::jsonb) AS c(id text, kind text, ${CASE_TEXT_FACTS.map((fact) => `"${fact}" text`).join(', ')}, "planVersion" int)
   ORDER BY c.id
  ON CONFLICT (id) DO UPDATE SET ${[...CASE_TEXT_FACTS, 'planVersion'].map((fact) => `"${fact}" = COALESCE(EXCLUDED."${fact}", "Case"."${fact}")`).join(', ')}, "updatedAt" = EXCLUDED."updatedAt"
), deferred AS (
  INSERT INTO "DeferredCheck" ("ruleId", "eventId", "dueAt")
  SELECT d."ruleId", d."eventId", ${UTC_NOW} + d."afterMs" * interval '1 millisecond'
    FROM jsonb_to_recordset($3::jsonb) AS d("ruleId" text, "eventId" uuid, "afterMs" int)
  ON CONFLICT DO NOTHING
), evaluations AS (
  INSERT INTO "RuleEvaluation" ("ruleId", subject, "triggerEventId", outcome, "findingId", "evaluatedAt")
  SELECT e."ruleId", e.subject, e."triggerEventId", e.outcome, e."findingId", ${UTC_NOW}
    FROM jsonb_to_recordset($4::jsonb) AS e("ruleId" text, subject text, "triggerEventId" text, outcome text, "findingId" uuid)
), feed AS (
  INSERT INTO "FindingChange" (seq, "findingId", change, status, at)
  SELECT f.seq, f."findingId", 'raised', 'open', ${UTC_NOW}
    FROM jsonb_to_recordset($5::jsonb) AS f(seq bigint, "findingId" uuid)
), audit AS (
  INSERT INTO "AuditRecord" (seq, "eventId", topic, event, "previousHash", hash, "recordedAt")
  SELECT a.seq, a."eventId", a.topic, a.event, a."previousHash", a.hash, ${UTC_NOW}
    FROM jsonb_to_recordset($6::jsonb) AS a(seq bigint, "eventId" uuid, topic text, event text, "previousHash" text, hash text)
)
SELECT 1`;
