import { Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, planVerificationRulesSchema, SpotCheckDrawn } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { drawSpotCheck, PROMISE_SPOT_CHECK } from '@zc/verification/domain';
import { CheckRunner, type PendingCheck } from '../checks/check-runner';
import { PendingCheckScheduler } from '../checks/pending-check.scheduler';

/**
 * The bureau's spot check of continuing-education promises under a plan (R-VF-1): the draw is
 * published with its seed and population so anyone can reproduce it, and each drawn promise is
 * then checked against the feed like any check: pending, manual review, passed, or failed (a
 * false promise, which cancels the declaration or revokes the title).
 */
@Injectable()
export class DrawSpotCheckCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
    private readonly scheduler: PendingCheckScheduler,
  ) {}

  async execute(request: { planId: string; seed: string; rate?: number }, by: Principal, correlationId: string) {
    const pending: PendingCheck[] = [];
    const spotCheck = await this.transactions.execute(async (tx, publish) => {
      const plan = await tx.verificationPlan.findFirst({ where: { planId: request.planId }, orderBy: { version: 'desc' } });
      if (!plan) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no plan ${request.planId}` });
      const rate = request.rate ?? planVerificationRulesSchema.parse(plan.rules).continuingEducation.spotCheckRate;
      // One draw at a time per plan, so two draws never pick from different populations at once.
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `spot-check:${request.planId}`);
      const population = (await tx.declarationCase.findMany({ where: { planId: request.planId, promised: true }, select: { declarationId: true }, orderBy: { declarationId: 'asc' } })).map((c) => c.declarationId);
      const drawn = drawSpotCheck(population, request.seed, rate);
      const id = randomUUID();
      const row = await tx.spotCheck.create({ data: { id, planId: request.planId, seed: request.seed, rate, population, drawn, drawnBy: by.sub } });
      await publish(createEvent(SpotCheckDrawn, id, { spotCheckId: id, planId: request.planId, seed: request.seed, rate, population: population.length, drawn }, { source: 'verification', correlationId }));
      for (const declarationId of drawn) {
        const kase = await tx.declarationCase.findUniqueOrThrow({ where: { declarationId } });
        const existing = await tx.checkResult.findUnique({ where: { declarationId_check: { declarationId, check: PROMISE_SPOT_CHECK } } });
        if (existing) continue; // drawn by an earlier spot check: checked once
        const check = await tx.checkResult.create({
          data: { id: randomUUID(), declarationId, check: PROMISE_SPOT_CHECK, idNumber: kase.idNumber, status: 'pending', reason: 'drawn for the spot check', evidence: [], spotCheckId: id },
        });
        const waiting = await this.runner.run(tx, publish, kase, check, { correlationId });
        if (waiting) pending.push(waiting);
      }
      return row;
    });
    await this.scheduler.track(pending);
    return { ...spotCheck, population: (spotCheck.population as string[]).length };
  }
}
