import { Injectable } from '@nestjs/common';
import { IntakePrisma } from '@zc/intake/data-access';
import { annualPlanSchema, type AnnualPlan } from '@zc/intake/domain';

export type VersionedPlan = AnnualPlan & { version: number };

@Injectable()
export class PlanRepository {
  private readonly published = new Map<string, VersionedPlan>();

  constructor(private readonly prisma: IntakePrisma) {}

  /**
   * The plan a declaration falls under: the latest published version for the region and year,
   * a series-specific plan before the region-wide one (`*`).
   */
  async planFor(region: string, year: number, series: string): Promise<VersionedPlan | null> {
    const rows = await this.prisma.annualPlan.findMany({ where: { region, year, status: 'published' }, orderBy: { version: 'desc' } });
    const latest = new Map<string, VersionedPlan>();
    for (const row of rows) if (!latest.has(row.id)) latest.set(row.id, { ...annualPlanSchema.parse(row.document), version: row.version });
    const plans = [...latest.values()];
    return plans.find((plan) => plan.series.includes(series)) ?? plans.find((plan) => plan.series.includes('*')) ?? null;
  }

  /**
   * A declaration's own plan version. Published versions never change, so they are cached; inside
   * a transaction pass its client — taking a second pool connection there deadlocks under load.
   */
  async version(id: string, version: number, client: Pick<IntakePrisma, 'annualPlan'> = this.prisma): Promise<VersionedPlan> {
    const key = `${id}@${version}`;
    const cached = this.published.get(key);
    if (cached) return cached;
    const row = await client.annualPlan.findUniqueOrThrow({ where: { id_version: { id, version } } });
    const plan = { ...annualPlanSchema.parse(row.document), version: row.version };
    if (row.status === 'published') this.published.set(key, plan);
    return plan;
  }
}
