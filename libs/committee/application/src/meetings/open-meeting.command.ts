import { Injectable } from '@nestjs/common';
import { CommitteePrisma, drawResult } from '@zc/committee/data-access';
import { seatPanels } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { manages, notFound } from '../committee-access';
import { conflict, forbidden } from './meeting-errors';

/**
 * The office opens the meeting on its day with the experts present: each panel seats its drawn
 * members and, for the absent, substitutes in draw order; no panel sits without its quorum. From
 * now on the drawn names are no longer sealed.
 */
@Injectable()
export class OpenMeetingCommand {
  constructor(
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(reviewPlanId: string, present: string[], by: Principal) {
    return this.transactions.execute(async (tx) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "ReviewPlan" WHERE id = $1::uuid FOR UPDATE', reviewPlanId);
      const plan = await tx.reviewPlan.findUnique({ where: { id: reviewPlanId } });
      // Another committee's plan and an unknown one look the same to an office (403), so ids reveal nothing.
      if (!manages(by, plan?.committeeId ?? '')) throw forbidden('you are not an office of this committee');
      if (!plan) throw notFound(`review plan ${reviewPlanId}`);
      if (plan.status !== 'drawn') throw conflict(null, `review plan ${reviewPlanId} is ${plan.status}; a meeting opens once its experts are drawn, and once`);
      const today = this.clock.today();
      if (today !== plan.meetingOn) throw conflict('R-CM-2', `the meeting is on ${plan.meetingOn}, not today (${today})`);
      const draw = await tx.draw.findUniqueOrThrow({ where: { reviewPlanId } });
      const seated = seatPanels(drawResult(draw), present, { share: plan.quorumShare });
      if (!seated.ok) throw conflict(seated.ruleId, seated.reason);
      await tx.meeting.create({ data: { reviewPlanId, openedOn: today, openedBy: by.sub, sitting: seated.sitting, status: 'open' } });
      await tx.reviewPlan.update({ where: { id: reviewPlanId }, data: { status: 'meeting-open' } });
      return { reviewPlanId, status: 'open', sitting: seated.sitting };
    });
  }
}
