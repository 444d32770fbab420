import { Injectable } from '@nestjs/common';
import { createEvent, DecisionRecorded } from '@zc/contracts';
import { CommitteePrisma, meetingSitting, reviewPlanPanels } from '@zc/committee/data-access';
import { checkResultsInTime, countFor, panelSizeOf, results, type BallotChoice, type Count } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { manages, notFound } from '../committee-access';
import { filedPlanRules } from '../plans/committee-plan-rules';
import { conflict, forbidden } from './meeting-errors';

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
      // Another committee's meeting and an unknown one look the same to an office (403), so ids reveal nothing.
      if (!manages(by, plan?.committeeId ?? '')) throw forbidden('you are not an office of this committee');
      if (!meeting || !plan) throw notFound(`open meeting of review plan ${reviewPlanId}`);
      if (meeting.status !== 'open') throw conflict(null, 'the meeting is already closed');
      const rules = await filedPlanRules(tx, plan.planId);
      const today = this.clock.today();
      const inTime = checkResultsInTime(today, rules.committeeDeadline);
      if (!inTime.ok) throw conflict(inTime.ruleId, inTime.reason);

      const sitting = meetingSitting(meeting);
      const declarations = await tx.routedDeclaration.findMany({ where: { reviewPlanId } });
      const counts: Count[] = [];
      for (const declaration of declarations) {
        const ballots = await tx.ballot.groupBy({ by: ['choice'], where: { declarationId: declaration.declarationId }, _count: true });
        counts.push(countFor(declaration, sitting, Object.fromEntries(ballots.map((b) => [b.choice as BallotChoice, b._count]))));
      }
      const decided = results(counts, plan.passRateCap ?? undefined);
      const panels = reviewPlanPanels(plan);
      const specialties = new Map(declarations.map((d) => [d.declarationId, d.specialty]));
      const membersOf = (declarationId: string) => panelSizeOf(panels, specialties.get(declarationId) ?? '');
      for (const result of decided) {
        const { declarationId, outcome, attending, votesFor, votesAgainst, abstentions, reason } = result;
        await tx.decision.create({ data: { declarationId, outcome, attending, votesFor, votesAgainst, abstentions, reason, reviewPlanId } });
        await publish(
          createEvent(
            DecisionRecorded,
            declarationId,
            { declarationId, reviewPlanId, committeeId: plan.committeeId, members: membersOf(declarationId), outcome, attending, votesFor, votesAgainst, abstentions, reason },
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
