import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IntakePrisma } from '@zc/intake/data-access';
import { SEED_PLANS, type AnnualPlan } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import { publishPlan } from './publish-plan-event';

/** Loads the plans transcribed from the notices as published version 1, once; later edits are versions. */
@Injectable()
export class SeedPlansOnStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(SeedPlansOnStartup.name);

  constructor(private readonly transactions: EventTransactions<IntakePrisma>) {}

  async onApplicationBootstrap(): Promise<void> {
    let seeded = 0;
    for (const plan of SEED_PLANS) if (await this.seed(plan)) seeded += 1;
    if (seeded > 0) this.logger.log(`seeded ${seeded} annual plans from the notices`);
  }

  private seed(plan: AnnualPlan): Promise<boolean> {
    return this.transactions.execute(async (tx, publish) => {
      // Two instances may start at once: the insert decides, the loser does nothing.
      const inserted = await tx.$executeRawUnsafe(
        `INSERT INTO "AnnualPlan" (id, version, status, region, year, document, "createdBy", "publishedAt")
         VALUES ($1, 1, 'published', $2, $3, $4::jsonb, 'seed', now()) ON CONFLICT DO NOTHING`,
        plan.id,
        plan.region,
        plan.year,
        JSON.stringify(plan),
      );
      if (inserted === 0) return false;
      await tx.planChange.create({ data: { planId: plan.id, version: 1, action: 'seeded', by: 'seed', note: plan.source } });
      await publishPlan(publish, plan, 1, randomUUID());
      return true;
    });
  }
}
