import { PlanPublished, supervisionPlanSliceSchema, type Envelope, type EventOf } from '@zc/contracts';
import type { SqlExecutor } from '@zc/messaging';
import type { CaseFacts } from '@zc/supervision/domain';

/** Facts of one case gathered from several events: a later event's known facts win, a fact it lacks is left as it was. */
export function mergeCaseFacts(earlier: CaseFacts | undefined, later: CaseFacts): CaseFacts {
  const known = Object.fromEntries(Object.entries(later).filter(([, value]) => value !== null && value !== undefined));
  // The kind is the one the case was first seen as, as an update never changes it.
  return { ...earlier, ...known, id: later.id, kind: earlier?.kind ?? later.kind };
}

/** Keeps each plan version published, as rules read it: supervision's slice of the plan contract. */
export async function keepPlanDocument(tx: SqlExecutor, event: Envelope): Promise<void> {
  if (event.type !== PlanPublished.type) return;
  const { planId, version, region, document } = (event as EventOf<typeof PlanPublished>).data;
  const slice = supervisionPlanSliceSchema.parse(document);
  // A version never changes once kept: the first copy stays (rules cache it for the life of the process).
  await tx.$executeRawUnsafe(
    `INSERT INTO "PlanDocument" ("planId", version, region, document) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT DO NOTHING`,
    planId,
    version,
    region,
    JSON.stringify(slice),
  );
}
