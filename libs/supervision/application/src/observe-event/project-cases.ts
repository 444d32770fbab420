import { PlanPublished, type Envelope, type EventOf } from '@zc/contracts';
import type { SupervisionPrisma } from '@zc/supervision/data-access';
import { caseFactsOf } from '@zc/supervision/domain';

/** Keeps what the event says of its cases, and of the plan it publishes; facts an event lacks are left as they were. */
export async function projectCases(tx: SupervisionPrisma, event: Envelope): Promise<void> {
  for (const { id, kind, ...facts } of caseFactsOf(event)) {
    const known = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== null && value !== undefined));
    await tx.case.upsert({ where: { id }, create: { id, kind, ...known }, update: known });
  }
  if (event.type === PlanPublished.type) {
    const { planId, version, region, document } = (event as EventOf<typeof PlanPublished>).data;
    await tx.planDocument.upsert({ where: { planId_version: { planId, version } }, create: { planId, version, region, document: document as object }, update: {} });
  }
}
