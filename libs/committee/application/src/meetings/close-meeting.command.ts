import { Injectable } from '@nestjs/common';
import { createEvent, DecisionRecorded } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { results, type Count, type PanelSpec } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { assertManages, notFound } from '../committee-access';
import { latestPlanRules } from '../plans/committee-plan-rules';
import { conflict, type Sitting } from './meeting-errors';

/**
 * The office closes the meeting by its committee's deadline (R-CM-8) and the ballots are counted:
 * per declaration, the members sitting on its panel attend, and it passes with at least two thirds
 * of them in favour (R-CM-7) within any pass-rate cap of the plan (R-CM-9). A ballot not cast counts
 * as not in favour. One result event per declaration, with the counts.
 */
@Injectable()
export class CloseMeetingCommand {
  constructor(
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(reviewPlanId: string, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "Meeting" WHERE "reviewPlanId" = $1::uuid FOR UPDATE', reviewPlanId);
      const meeting = await tx.meeting.findUnique({ where: { reviewPlanId } });
      const plan = await tx.reviewPlan.findUnique({ where: { id: reviewPlanId } });
      if (!meeting || !plan) throw notFound(`open meeting of review plan ${reviewPlanId}`);
      assertManages(by, plan.committeeId);
      if (meeting.status !== 'open') throw conflict(null, 'the meeting is already closed');
      const rules = await latestPlanRules(tx, plan.planId);
      const today = this.clock.today();
      if (rules && today > rules.committeeDeadline) throw conflict('R-CM-8', `the committee's deadline was ${rules.committeeDeadline}; results after it are not recognised`);

      const sitting = meeting.sitting as unknown as Sitting[];
      const declarations = await tx.routedDeclaration.findMany({ where: { reviewPlanId } });
      const counts: Count[] = [];
      for (const declaration of declarations) {
        const attending = sitting.find((panel) => panel.specialty === declaration.specialty)?.members.length ?? 0;
        const ballots = await tx.ballot.groupBy({ by: ['choice'], where: { declarationId: declaration.declarationId }, _count: true });
        const count = (choice: string) => ballots.find((b) => b.choice === choice)?._count ?? 0;
        counts.push({ declarationId: declaration.declarationId, attending, votesFor: count('for'), votesAgainst: count('against'), abstentions: count('abstain') });
      }
      const decided = results(counts, plan.passRateCap ?? undefined);
      const sizes = new Map((plan.panels as unknown as PanelSpec[]).map((spec) => [spec.specialty, spec.size]));
      const specialties = new Map(declarations.map((d) => [d.declarationId, d.specialty]));
      const panelSizeOf = (declarationId: string) => sizes.get(specialties.get(declarationId) ?? '');
      for (const result of decided) {
        const { declarationId, outcome, attending, votesFor, votesAgainst, abstentions, reason } = result;
        await tx.decision.create({ data: { declarationId, outcome, attending, votesFor, votesAgainst, abstentions, reason, reviewPlanId } });
        await publish(
          createEvent(
            DecisionRecorded,
            declarationId,
            { declarationId, reviewPlanId, committeeId: plan.committeeId, members: panelSizeOf(declarationId), outcome, attending, votesFor, votesAgainst, abstentions, reason },
            { source: 'committee', correlationId },
          ),
        );
      }
      await tx.meeting.update({ where: { reviewPlanId }, data: { status: 'closed', closedOn: today } });
      await tx.reviewPlan.update({ where: { id: reviewPlanId }, data: { status: 'closed' } });
      return { reviewPlanId, results: decided };
    });
  }
}
