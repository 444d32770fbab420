import { WorkingDayCalendar } from '@zc/calendar';
import { describeIssues, supervisionPlanSliceSchema, type Envelope, type SupervisionPlanSlice } from '@zc/contracts';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import type { CaseFacts, CaseKind, RuleContext } from '@zc/supervision/domain';

const calendar = new WorkingDayCalendar();

/** Plan versions read in one transaction, by `planId\0version`. */
export type PlanVersions = Map<string, SupervisionPlanSlice>;

/** A kept plan read back through its slice of the contract, never cast. */
function planSliceOf(row: { planId: string; version: number; document: unknown }): SupervisionPlanSlice {
  const parsed = supervisionPlanSliceSchema.safeParse(row.document);
  if (!parsed.success) throw new Error(`plan ${row.planId} v${row.version} as supervision keeps it does not fit the plan contract: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Rules look up what supervision has received, inside the transaction that evaluates them.
 * A plan version once kept never changes (kept with `update: {}`), so a batch reads each once into
 * `plans`; the cache lives no longer than the transaction, so a rollback cannot leave it wrong.
 */
export function ruleContextOf(tx: SupervisionPrisma, plans: PlanVersions = new Map()): RuleContext {
  return {
    calendar,
    async caseOf(id) {
      const found = await tx.case.findUnique({ where: { id } });
      return found ? { ...found, kind: found.kind as CaseKind } : null;
    },
    async plan(planId, version) {
      if (!version) {
        const latest = await tx.planDocument.findFirst({ where: { planId }, orderBy: { version: 'desc' } });
        return latest ? planSliceOf(latest) : null;
      }
      const key = `${planId}\u0000${version}`;
      const known = plans.get(key);
      if (known) return known;
      const plan = await tx.planDocument.findUnique({ where: { planId_version: { planId, version } } });
      if (!plan) return null;
      const slice = planSliceOf(plan);
      plans.set(key, slice);
      return slice;
    },
    async eventsOf<T extends Envelope>(caseKey: string, type: string) {
      const entries = await tx.timelineEntry.findMany({ where: { caseKeys: { has: caseKey }, type }, orderBy: [{ occurredAt: 'asc' }, { receivedAt: 'asc' }] });
      return entries.map((entry) => envelopeOf(entry) as T);
    },
    async declarationsLike(like) {
      const found = await tx.case.findMany({ where: { kind: 'declaration', ...like } });
      return found.map((c): CaseFacts => ({ ...c, kind: 'declaration' }));
    },
  };
}

/** A timeline entry back as the event it recorded. */
export function envelopeOf(entry: { eventId: string; type: string; source: string; subject: string; occurredAt: Date; correlationId: string; causationId: string | null; data: unknown }): Envelope {
  return { id: entry.eventId, type: entry.type, source: entry.source, subject: entry.subject, time: entry.occurredAt.toISOString(), correlationId: entry.correlationId, causationId: entry.causationId, data: entry.data };
}
