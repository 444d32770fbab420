import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createEvent, ReviewPlanFiled } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { capNamed, checkLeadTime, checkMeetingDate, commitmentTo, defenceRequired, newSecretSeed, panelSpecsOf, reviewRefusal } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { assertManages, notFound } from '../committee-access';
import { enforceDeadlines } from '../committees/committee-authority';
import { latestPlanRules } from '../plans/committee-plan-rules';
import { readyDeclarations } from '../routing/ready-declarations';

/**
 * One meeting reviews at most this many declarations. Far more than a meeting can vote on, it
 * keeps the plan's event (about 40 bytes a declaration) well inside the broker's message limit;
 * a province's 100,000 declarations of one committee are filed as several plans.
 */
export const MAX_DECLARATIONS_PER_REVIEW_PLAN = 5_000;

export const fileReviewPlanRequest = z.strictObject({
  planId: z.string().min(1),
  meetingOn: z.iso.date(),
  mode: z.enum(['on-site', 'online']),
  /** Where the meeting is held (part of a meeting application where the plan asks for one). */
  place: z.string().trim().min(1).max(200).optional(),
  panels: z
    .array(
      z.strictObject({
        specialty: z.string().min(1),
        size: z.int().min(3).max(25),
        substitutes: z.int().min(0).max(10).default(2),
        highSkillMinimum: z.int().min(0).max(5).optional(),
        nonPublicMinimum: z.int().min(0).max(5).default(0),
      }),
    )
    .min(1),
  /** The declarations to review; every ready one of the panels' specialties when left out. */
  declarationIds: z.array(z.uuid()).max(MAX_DECLARATIONS_PER_REVIEW_PLAN).optional(),
  quorumShare: z.number().gt(0.5).lte(1).default(2 / 3),
  /**
   * R-CM-9: the description of the plan's pass-rate cap that binds this meeting. Caps apply to post
   * grades (e.g. Jilin third-level posts) that plans cannot otherwise express, so the office says so.
   */
  passRateCap: z.string().min(1).optional(),
});

const refuse = (ruleId: string, reason: string) => new ConflictException({ statusCode: 409, error: 'Conflict', ruleId, message: reason });

/**
 * The committee office files the review plan of a meeting (R-CM-2): only a filed committee in its
 * validity (R-CM-1), at least the plan's lead time before the meeting, within the meeting window
 * and deadline (R-CM-8), for declarations routed to it that verification passed. A fresh secret
 * seed is kept; only its commitment is published.
 */
@Injectable()
export class FileReviewPlanCommand {
  constructor(
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(committeeId: string, request: z.infer<typeof fileReviewPlanRequest>, by: Principal, correlationId: string) {
    assertManages(by, committeeId);
    const today = this.clock.today();
    // Committed on its own: a bar found now stands even though this filing is refused.
    await this.transactions.execute((tx, publish) => enforceDeadlines(tx, publish, committeeId, today, correlationId));
    return this.transactions.execute(async (tx, publish) => {
      const committee = await tx.committee.findUnique({ where: { id: committeeId } });
      if (!committee) throw notFound(`committee ${committeeId}`);
      const standing = reviewRefusal(committee, today);
      if (!standing.ok) throw refuse(standing.ruleId, standing.reason);
      const rules = await latestPlanRules(tx, request.planId);
      if (!rules) throw notFound(`plan ${request.planId}`);
      for (const check of [checkMeetingDate(request.meetingOn, rules.meetings, rules.committeeDeadline), checkLeadTime(today, request.meetingOn, rules.extractionLeadDays)]) {
        if (!check.ok) throw refuse(check.ruleId, check.reason);
      }

      const specialties = request.panels.map((p) => p.specialty);
      const ready = await readyDeclarations(tx, committeeId, { planId: request.planId, lock: true });
      const readyIds = new Map(ready.map((r) => [r.declarationId, r]));
      const matching = ready.filter((r) => specialties.includes(r.specialty));
      // Left out, the plan takes the ready declarations in their order up to the limit; the rest wait for the next plan.
      const chosen = request.declarationIds ?? matching.slice(0, MAX_DECLARATIONS_PER_REVIEW_PLAN).map((r) => r.declarationId);
      const problems = chosen.flatMap((id) => {
        const declaration = readyIds.get(id);
        if (!declaration) return [`${id}: not a declaration of ${committeeId} under ${request.planId} that verification passed and no other plan holds`];
        return specialties.includes(declaration.specialty) ? [] : [`${id}: its specialty ${declaration.specialty} has no panel`];
      });
      if (problems.length > 0) throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: 'declarations cannot be reviewed by this plan', problems });
      if (chosen.length === 0) throw refuse('R-CM-2', 'no declaration is ready for these panels');

      const cap = capNamed(rules.passRateCaps, request.passRateCap);
      if (!cap.ok) throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: 'Validation failed', issues: [{ field: 'passRateCap', reason: cap.reason }] });
      const panels = panelSpecsOf(request.panels, committee);
      const defence = defenceRequired(chosen.map((id) => readyIds.get(id)?.level ?? ''), rules.defenceLevels);
      const secretSeed = newSecretSeed();
      const seedCommitment = commitmentTo(secretSeed);
      const id = randomUUID();
      // R-CM-1 (Jilin): the meeting is applied for; its draw waits for the bureau's approval.
      const status = rules.committeeMeetingApproval ? 'awaiting-approval' : 'filed';
      await tx.reviewPlan.create({
        data: { id, committeeId, planId: request.planId, meetingOn: request.meetingOn, mode: request.mode, place: request.place ?? null, panels: panels as object[], declarationIds: chosen, filedOn: today, filedBy: by.sub, seedCommitment, secretSeed, status, quorumShare: request.quorumShare, passRateCap: cap.maxRate, defence },
      });
      await tx.routedDeclaration.updateMany({ where: { declarationId: { in: chosen } }, data: { reviewPlanId: id } });
      await publish(
        createEvent(ReviewPlanFiled, id, { reviewPlanId: id, committeeId, meetingOn: request.meetingOn, mode: request.mode, panels, declarationIds: chosen, filedOn: today, planId: request.planId, seedCommitment }, { source: 'committee', correlationId }),
      );
      // Ready for these panels but left for a later plan: the office sees that more plans are due.
      const taken = new Set(chosen);
      const stillReady = matching.filter((r) => !taken.has(r.declarationId)).length;
      return { id, committeeId, meetingOn: request.meetingOn, filedOn: today, panels, declarationIds: chosen, stillReady, seedCommitment, defence, status };
    });
  }
}
