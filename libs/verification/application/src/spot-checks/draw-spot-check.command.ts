import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, planVerificationRulesSchema, SpotCheckAnnounced, SpotCheckDrawn } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { Clock, inspectsRegion, type Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { drawSpotCheck, newSpotCheckSecret, PROMISE_SPOT_CHECK, spotCheckCommitment, spotCheckSeedOf } from '@zc/verification/domain';
import { CheckRunner, type PendingCheck } from '../checks/check-runner';
import { PendingCheckScheduler } from '../checks/pending-check.scheduler';

const conflict = (message: string) => new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-VF-1', message });

/**
 * The bureau's spot check of continuing-education promises under a plan (R-VF-1), by commit and
 * reveal with a witness, as the expert draw: the bureau announces it, which freezes the population
 * (promises no earlier spot check covered) and publishes the commitment to a secret seed the
 * platform makes; an inspector of the region then draws it once, adding an input of their own.
 * Nobody chooses the seed, and nobody can draw again until the sample suits them. Each drawn
 * promise is then checked against the feed like any check: pending, manual review, passed, or
 * failed (a false promise, which cancels the declaration or revokes the title).
 */
@Injectable()
export class DrawSpotCheckCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly runner: CheckRunner,
    private readonly scheduler: PendingCheckScheduler,
    private readonly clock: Clock,
  ) {}

  announce(request: { planId: string; rate?: number }, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const plan = await tx.verificationPlan.findFirst({ where: { planId: request.planId }, orderBy: { version: 'desc' } });
      if (!plan) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no plan ${request.planId}` });
      const rate = request.rate ?? planVerificationRulesSchema.parse(plan.rules).continuingEducation.spotCheckRate;
      // One announcement at a time per plan, so two never freeze overlapping populations.
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `spot-check:${request.planId}`);
      const earlier = await tx.spotCheck.findMany({ where: { planId: request.planId }, select: { status: true, population: true } });
      if (earlier.some((s) => s.status === 'announced')) throw conflict(`a spot check of ${request.planId} is announced and not drawn yet`);
      const covered = new Set(earlier.flatMap((s) => s.population as string[]));
      const cases = await tx.declarationCase.findMany({ where: { planId: request.planId, promised: true }, select: { declarationId: true, region: true }, orderBy: { declarationId: 'asc' } });
      const population = cases.filter((c) => !covered.has(c.declarationId)).map((c) => c.declarationId);
      if (population.length === 0) throw conflict(`every promise under ${request.planId} was already in a spot check's population: each is exposed to one draw`);
      const secretSeed = newSpotCheckSecret();
      const seedCommitment = spotCheckCommitment(secretSeed);
      const id = randomUUID();
      const region = cases.find((c) => c.region)?.region ?? null;
      await tx.spotCheck.create({ data: { id, planId: request.planId, rate, population, region, seedCommitment, secretSeed, announcedBy: by.sub } });
      await publish(createEvent(SpotCheckAnnounced, id, { spotCheckId: id, planId: request.planId, rate, population: population.length, seedCommitment }, { source: 'verification', correlationId }));
      return { id, planId: request.planId, status: 'announced', rate, population: population.length, seedCommitment };
    });
  }

  async draw(id: string, witnessInput: string, by: Principal, correlationId: string) {
    const pending: PendingCheck[] = [];
    const result = await this.transactions.execute(async (tx, publish) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "SpotCheck" WHERE id = $1::uuid FOR UPDATE', id);
      const spotCheck = await tx.spotCheck.findUnique({ where: { id } });
      if (!spotCheck) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no spot check ${id}` });
      if (!inspectsRegion(by, spotCheck.region)) throw new ForbiddenException(`only an inspector of ${spotCheck.region ?? 'the region'} witnesses this spot check`);
      if (spotCheck.status !== 'announced') throw conflict(`spot check ${id} was drawn already: a draw happens once`);
      const population = spotCheck.population as string[];
      const seed = spotCheckSeedOf(spotCheck.secretSeed, witnessInput);
      const drawn = drawSpotCheck(population, seed, spotCheck.rate);
      await tx.spotCheck.update({ where: { id }, data: { status: 'drawn', witnessInput, seed, drawn, drawnBy: by.sub, drawnAt: this.clock.now() } });
      await publish(
        createEvent(
          SpotCheckDrawn,
          id,
          { spotCheckId: id, planId: spotCheck.planId, seed, rate: spotCheck.rate, population: population.length, drawn, seedCommitment: spotCheck.seedCommitment, revealedSeed: spotCheck.secretSeed, witnessInput },
          { source: 'verification', correlationId },
        ),
      );
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
      return { id, planId: spotCheck.planId, status: 'drawn', population: population.length, seedCommitment: spotCheck.seedCommitment, revealedSeed: spotCheck.secretSeed, witnessInput, drawn };
    });
    await this.scheduler.track(pending);
    return result;
  }
}
