import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { describeIssues } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { annualPlanSchema, type AnnualPlan } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { publishPlan } from './publish-plan-event';

/**
 * Bureau admins draft and publish plans. Editing a published plan makes a new draft version; the
 * published one stays in force (and on record) until the new version is published.
 */
@Injectable()
export class ManagePlansCommand {
  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly clock: Clock,
  ) {}

  async saveDraft(plan: AnnualPlan, by: Principal) {
    return this.transactions.execute(async (tx) => {
      const latest = await tx.annualPlan.findFirst({ where: { id: plan.id }, orderBy: { version: 'desc' } });
      const document = plan as object;
      if (latest?.status === 'draft') {
        await tx.annualPlan.update({ where: { id_version: { id: plan.id, version: latest.version } }, data: { document, region: plan.region, year: plan.year } });
        await tx.planChange.create({ data: { planId: plan.id, version: latest.version, action: 'edited', by: by.sub } });
        return { id: plan.id, version: latest.version, status: 'draft' };
      }
      const version = (latest?.version ?? 0) + 1;
      await tx.annualPlan.create({ data: { id: plan.id, version, status: 'draft', region: plan.region, year: plan.year, document, createdBy: by.sub } });
      await tx.planChange.create({ data: { planId: plan.id, version, action: latest ? 'new-version' : 'created', by: by.sub } });
      return { id: plan.id, version, status: 'draft' };
    });
  }

  async publish(id: string, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const latest = await tx.annualPlan.findFirst({ where: { id }, orderBy: { version: 'desc' } });
      if (!latest) throw new NotFoundException(`no plan ${id}`);
      if (latest.status !== 'draft') throw new ConflictException(`plan ${id} version ${latest.version} is already published; save a new draft first`);
      await tx.annualPlan.update({ where: { id_version: { id, version: latest.version } }, data: { status: 'published', publishedAt: this.clock.now() } });
      await tx.planChange.create({ data: { planId: id, version: latest.version, action: 'published', by: by.sub } });
      // Parsed, not cast: a draft saved before the plan's contract changed is refused here, not by every consumer.
      const plan = annualPlanSchema.safeParse(latest.document);
      if (!plan.success) throw new UnprocessableEntityException(`plan ${id} version ${latest.version} does not fit the plan schema; save it again: ${describeIssues(plan.error)}`);
      await publishPlan(publish, plan.data, latest.version, correlationId);
      return { id, version: latest.version, status: 'published' };
    });
  }
}
