import { PlanPublished, supervisionPlanSliceSchema, type Envelope, type EventOf } from '@zc/contracts';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import type { CaseFacts } from '@zc/supervision/domain';

/** Facts of one case gathered from several events: a later event's known facts win, a fact it lacks is left as it was. */
export function mergeCaseFacts(earlier: CaseFacts | undefined, later: CaseFacts): CaseFacts {
  const known = Object.fromEntries(Object.entries(later).filter(([, value]) => value !== null && value !== undefined));
  // The kind is the one the case was first seen as, as an update never changes it.
  return { ...earlier, ...known, id: later.id, kind: earlier?.kind ?? later.kind };
}

const FACTS = ['region', 'committee', 'series', 'level', 'employerCreditCode', 'idNumber', 'planId'] as const;

/**
 * Keeps what events say of their cases, all cases in one statement: a case not seen before is
 * created, a known one takes the facts given and keeps the others. Rows go in id order so two
 * transactions touching the same cases lock them in the same order.
 */
export async function upsertCases(tx: Pick<SupervisionPrisma, '$executeRawUnsafe'>, cases: readonly CaseFacts[]): Promise<void> {
  if (cases.length === 0) return;
  const sorted = [...cases].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const columns = FACTS.map((fact) => `"${fact}"`).join(', ');
  const selected = FACTS.map((fact) => `c."${fact}"`).join(', ');
  await tx.$executeRawUnsafe(
    `INSERT INTO "Case" (id, kind, ${columns}, "planVersion", "updatedAt")
     SELECT c.id, c.kind, ${selected}, c."planVersion", now() AT TIME ZONE 'UTC'
       FROM unnest($1::text[], $2::text[], ${FACTS.map((_, n) => `$${n + 3}::text[]`).join(', ')}, $${FACTS.length + 3}::int[]) WITH ORDINALITY AS c(id, kind, ${columns}, "planVersion", n)
      ORDER BY c.n
     ON CONFLICT (id) DO UPDATE SET ${[...FACTS, 'planVersion'].map((fact) => `"${fact}" = COALESCE(EXCLUDED."${fact}", "Case"."${fact}")`).join(', ')}, "updatedAt" = EXCLUDED."updatedAt"`,
    sorted.map((c) => c.id),
    sorted.map((c) => c.kind),
    ...FACTS.map((fact) => sorted.map((c) => c[fact] ?? null)),
    sorted.map((c) => c.planVersion ?? null),
  );
}

/** Keeps each plan version published, as rules read it: supervision's slice of the plan contract. */
export async function keepPlanDocument(tx: SupervisionPrisma, event: Envelope): Promise<void> {
  if (event.type !== PlanPublished.type) return;
  const { planId, version, region, document } = (event as EventOf<typeof PlanPublished>).data;
  const slice = supervisionPlanSliceSchema.parse(document);
  await tx.planDocument.upsert({ where: { planId_version: { planId, version } }, create: { planId, version, region, document: slice }, update: {} });
}
