import { WorkingDayCalendar } from '@zc/calendar';
import { describeIssues, supervisionPlanSliceSchema, type Envelope, type SupervisionPlanSlice } from '@zc/contracts';
import type { SqlExecutor } from '@zc/messaging';
import { CASE_FACT_FIELDS, type CaseFacts, type CaseKind, type RuleContext } from '@zc/supervision/domain';

const calendar = new WorkingDayCalendar();

/**
 * Plan versions read so far, by `planId\0version`, for the life of the process: a version once
 * kept never changes (its row is written with ON CONFLICT DO NOTHING, from the one event that
 * published it), so a copy cannot go stale.
 */
const planVersions = new Map<string, SupervisionPlanSlice>();
const PLAN_VERSIONS_KEPT = 1_000;

/** A kept plan read back through its slice of the contract, never cast. */
function planSliceOf(row: { planId: string; version: number; document: unknown }): SupervisionPlanSlice {
  const parsed = supervisionPlanSliceSchema.safeParse(row.document);
  if (!parsed.success) throw new Error(`plan ${row.planId} v${row.version} as supervision keeps it does not fit the plan contract: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

const CASE_COLUMNS = ['id', 'kind', ...CASE_FACT_FIELDS].map((column) => `"${column}"`).join(', ');
const TIMELINE_COLUMNS = `"eventId"::text AS "eventId", type, source, subject, "occurredAt", "correlationId", "causationId", data, "receivedAt"`;

export type CaseRow = Omit<CaseFacts, 'kind'> & { kind: string };
export type TimelineRow = { eventId: string; type: string; source: string; subject: string; occurredAt: Date; correlationId: string; causationId: string | null; data: unknown; receivedAt: Date };

export function caseFactsOfRow(row: CaseRow): CaseFacts {
  return { ...row, kind: row.kind as CaseKind };
}

/** The stored cases of these ids, in one statement. */
export async function casesByIds(tx: SqlExecutor, ids: readonly string[]): Promise<CaseFacts[]> {
  const rows = await tx.$queryRawUnsafe<CaseRow[]>(`SELECT ${CASE_COLUMNS} FROM "Case" WHERE id = ANY($1::text[])`, ids);
  return rows.map(caseFactsOfRow);
}

/** The events of a type about a case (any of its keys), by occurrence then receipt. */
export function timelineOf(tx: SqlExecutor, caseKey: string, type: string): Promise<TimelineRow[]> {
  return tx.$queryRawUnsafe<TimelineRow[]>(
    `SELECT ${TIMELINE_COLUMNS} FROM "TimelineEntry" WHERE "caseKeys" @> ARRAY[$1::text] AND type = $2 ORDER BY "occurredAt", "receivedAt"`,
    caseKey,
    type,
  );
}

/** Several timelines in one statement (rows with their case keys, to tell them apart). */
export function timelinesOf(tx: SqlExecutor, reads: readonly { caseKey: string; type: string }[]): Promise<(TimelineRow & { caseKeys: string[] })[]> {
  return tx.$queryRawUnsafe(
    `SELECT ${TIMELINE_COLUMNS}, "caseKeys" FROM "TimelineEntry" WHERE "caseKeys" && $1::text[] AND type = ANY($2::text[]) ORDER BY "occurredAt", "receivedAt"`,
    [...new Set(reads.map((read) => read.caseKey))],
    [...new Set(reads.map((read) => read.type))],
  );
}

/** The timeline entries of these events, in one statement. */
export function timelineEntriesOf(tx: SqlExecutor, eventIds: readonly string[]): Promise<TimelineRow[]> {
  return tx.$queryRawUnsafe<TimelineRow[]>(`SELECT ${TIMELINE_COLUMNS} FROM "TimelineEntry" WHERE "eventId" = ANY($1::uuid[])`, eventIds);
}

/**
 * Rules look up what supervision has received, inside the transaction that evaluates them, in
 * SQL (supervision's hot path runs on the pg driver, without Prisma; a Prisma transaction serves too).
 */
export function ruleContextOf(tx: SqlExecutor): RuleContext {
  return {
    calendar,
    async caseOf(id) {
      const [found] = await casesByIds(tx, [id]);
      return found ?? null;
    },
    async plan(planId, version) {
      if (!version) {
        const [latest] = await tx.$queryRawUnsafe<{ planId: string; version: number; document: unknown }[]>(
          `SELECT "planId", version, document FROM "PlanDocument" WHERE "planId" = $1 ORDER BY version DESC LIMIT 1`,
          planId,
        );
        return latest ? planSliceOf(latest) : null;
      }
      const key = `${planId}\u0000${version}`;
      const known = planVersions.get(key);
      if (known) return known;
      const [plan] = await tx.$queryRawUnsafe<{ planId: string; version: number; document: unknown }[]>(
        `SELECT "planId", version, document FROM "PlanDocument" WHERE "planId" = $1 AND version = $2`,
        planId,
        version,
      );
      if (!plan) return null;
      const slice = planSliceOf(plan);
      if (planVersions.size >= PLAN_VERSIONS_KEPT) planVersions.clear();
      planVersions.set(key, slice);
      return slice;
    },
    async eventsOf<T extends Envelope>(caseKey: string, type: string) {
      return (await timelineOf(tx, caseKey, type)).map((entry) => envelopeOf(entry) as T);
    },
    async declarationsLike(like) {
      const rows = await tx.$queryRawUnsafe<CaseRow[]>(
        `SELECT ${CASE_COLUMNS} FROM "Case" WHERE kind = 'declaration' AND "employerCreditCode" = $1 AND series = $2 AND level = $3 AND "planId" = $4`,
        like.employerCreditCode,
        like.series,
        like.level,
        like.planId,
      );
      return rows.map(caseFactsOfRow);
    },
  };
}

/** A timeline entry back as the event it recorded. */
export function envelopeOf(entry: { eventId: string; type: string; source: string; subject: string; occurredAt: Date; correlationId: string; causationId: string | null; data: unknown }): Envelope {
  return { id: entry.eventId, type: entry.type, source: entry.source, subject: entry.subject, time: entry.occurredAt.toISOString(), correlationId: entry.correlationId, causationId: entry.causationId, data: entry.data };
}
