import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CommitteePrisma, meetingSitting } from '@zc/committee/data-access';
import { createEvent, DossiersOpened } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import { notFound } from '../committee-access';
import { conflict, forbidden } from './meeting-errors';

type Tx = CommitteePrisma;

/**
 * What a sitting expert does at an open meeting: commit online before any dossier opens (R-CM-5),
 * give a signed opinion (with a defence score where the plan asks, R-CM-6; before voting in an
 * online review, R-CM-5), and cast one anonymous
 * ballot per declaration of their panel (R-CM-7). The ballot is written without its voter; that the
 * expert voted is written apart, and answers never say more than that the vote was recorded.
 */
@Injectable()
export class TakePartCommand {
  constructor(private readonly transactions: EventTransactions<CommitteePrisma>) {}

  /** The commitment opens the dossiers of the expert's panel to them, in intake too (DossiersOpened). */
  commit(reviewPlanId: string, statement: string, expert: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const seat = await this.seatOf(tx, reviewPlanId, expert);
      const made = await tx.commitment.createMany({ data: [{ reviewPlanId, expertId: expert.sub, statement }], skipDuplicates: true });
      if (made.count > 0) {
        const plan = await tx.reviewPlan.findUniqueOrThrow({ where: { id: reviewPlanId }, select: { committeeId: true } });
        const declarations = await tx.routedDeclaration.findMany({ where: { reviewPlanId, specialty: seat.specialty }, select: { declarationId: true }, orderBy: { declarationId: 'asc' } });
        const data = { reviewPlanId, committeeId: plan.committeeId, expertId: expert.sub, declarationIds: declarations.map((d) => d.declarationId) };
        await publish(createEvent(DossiersOpened, reviewPlanId, data, { source: 'committee', correlationId }));
      }
      return { reviewPlanId, committed: true };
    });
  }

  /** The dossiers the expert may open: their panel's declarations, once committed (R-CM-5). */
  dossiers(reviewPlanId: string, expert: Principal) {
    return this.transactions.execute(async (tx) => {
      const { specialty } = await this.committedSeatOf(tx, reviewPlanId, expert);
      return tx.routedDeclaration.findMany({ where: { reviewPlanId, specialty }, select: { declarationId: true, specialty: true, level: true } });
    });
  }

  opine(reviewPlanId: string, declarationId: string, body: { opinion: string; defenceScore?: number }, expert: Principal) {
    return this.transactions.execute(async (tx) => {
      await this.committedSeatOf(tx, reviewPlanId, expert, declarationId);
      const plan = await tx.reviewPlan.findUniqueOrThrow({ where: { id: reviewPlanId } });
      if (plan.defence && body.defenceScore === undefined) throw conflict('R-CM-6', 'this review includes an on-site defence: give its score');
      const existing = await tx.opinion.findUnique({ where: { declarationId_expertId: { declarationId, expertId: expert.sub } } });
      if (existing) throw conflict(null, 'an opinion on this declaration is already recorded');
      await tx.opinion.create({ data: { declarationId, expertId: expert.sub, reviewPlanId, opinion: body.opinion, defenceScore: body.defenceScore ?? null } });
      return { declarationId, recorded: true };
    });
  }

  vote(reviewPlanId: string, declarationId: string, choice: 'for' | 'against' | 'abstain', expert: Principal) {
    return this.transactions.execute(async (tx) => {
      await this.committedSeatOf(tx, reviewPlanId, expert, declarationId);
      // R-CM-5: an online review rests on each expert's endorsed opinion, given before the vote.
      const plan = await tx.reviewPlan.findUniqueOrThrow({ where: { id: reviewPlanId } });
      if (plan.mode === 'online' && !(await tx.opinion.findUnique({ where: { declarationId_expertId: { declarationId, expertId: expert.sub } } }))) {
        throw conflict('R-CM-5', 'in an online review, give your opinion on the declaration before voting');
      }
      const cast = await tx.ballotCast.createMany({ data: [{ declarationId, expertId: expert.sub, reviewPlanId }], skipDuplicates: true });
      if (cast.count === 0) throw conflict('R-CM-7', 'one ballot per expert and declaration: yours is already cast');
      await tx.ballot.create({ data: { id: randomUUID(), reviewPlanId, declarationId, choice } });
      return { declarationId, recorded: true };
    });
  }

  private async seatOf(tx: Tx, reviewPlanId: string, expert: Principal) {
    const meeting = await tx.meeting.findUnique({ where: { reviewPlanId } });
    if (!meeting) throw notFound(`open meeting of review plan ${reviewPlanId}`);
    if (meeting.status !== 'open') throw conflict(null, 'the meeting is closed');
    const seat = meetingSitting(meeting).find((panel) => panel.members.includes(expert.sub));
    if (!seat) throw forbidden('you do not sit at this meeting');
    return seat;
  }

  private async committedSeatOf(tx: Tx, reviewPlanId: string, expert: Principal, declarationId?: string) {
    const seat = await this.seatOf(tx, reviewPlanId, expert);
    const committed = await tx.commitment.findUnique({ where: { reviewPlanId_expertId: { reviewPlanId, expertId: expert.sub } } });
    if (!committed) throw conflict('R-CM-5', 'make your online commitment before opening any dossier');
    if (declarationId) {
      const declaration = await tx.routedDeclaration.findUnique({ where: { declarationId } });
      if (!declaration || declaration.reviewPlanId !== reviewPlanId || declaration.specialty !== seat.specialty) throw notFound(`declaration ${declarationId} before your panel`);
    }
    return seat;
  }
}
