import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { createEvent, MeetingApplicationDecided } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { notFound } from '../committee-access';
import { conflict } from '../meetings/meeting-errors';

export const meetingApplicationDecision = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  reason: z.string().trim().min(5, 'say why, in at least 5 characters').max(2_000),
});

/** The bureau decides a meeting application (R-CM-1, Jilin 003 §5(2)); approval lets the draw go ahead. */
@Injectable()
export class DecideMeetingApplicationCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  async execute(reviewPlanId: string, body: z.infer<typeof meetingApplicationDecision>, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "ReviewPlan" WHERE id = $1::uuid FOR UPDATE', reviewPlanId);
      const plan = await tx.reviewPlan.findUnique({ where: { id: reviewPlanId } });
      if (!plan) throw notFound(`review plan ${reviewPlanId}`);
      if (plan.status !== 'awaiting-approval') throw conflict('R-CM-1', `review plan ${reviewPlanId} is ${plan.status}, not an application awaiting approval`);
      const status = body.decision === 'approved' ? 'filed' : 'rejected';
      await tx.reviewPlan.update({ where: { id: reviewPlanId }, data: { status, approvedBy: by.sub, approvalReason: body.reason } });
      if (status === 'rejected') await tx.routedDeclaration.updateMany({ where: { reviewPlanId }, data: { reviewPlanId: null } });
      await publish(createEvent(MeetingApplicationDecided, reviewPlanId, { reviewPlanId, committeeId: plan.committeeId, ...body }, { source: 'committee', correlationId }));
      return { reviewPlanId, status };
    });
  }
}
