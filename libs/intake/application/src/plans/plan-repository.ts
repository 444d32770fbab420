import { Injectable } from '@nestjs/common';
import { IntakePrisma } from '@zc/intake/data-access';
import { annualPlanSchema, type AnnualPlan } from '@zc/intake/domain';

export type VersionedPlan = AnnualPlan & { version: number };

@Injectable()
export class PlanRepository {
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

  async version(id: string, version: number): Promise<VersionedPlan> {
    const row = await this.prisma.annualPlan.findUniqueOrThrow({ where: { id_version: { id, version } } });
    return { ...annualPlanSchema.parse(row.document), version: row.version };
  }
}
