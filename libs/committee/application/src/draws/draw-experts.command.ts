import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { createEvent, ExpertsDrawn } from '@zc/contracts';
import { CommitteePrisma, reviewPlanPanels, type ReviewPlan } from '@zc/committee/data-access';
import { checkLeadTime, drawPanels, drawSeedOf, type PublicDrawInputs } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, inspectsRegion, type Principal } from '@zc/platform';
import { forbidden } from '../meetings/meeting-errors';
import { filedPlanRules } from '../plans/committee-plan-rules';

/**
 * The draw (R-CM-2..4), run by a witness (an inspector of the committee's region; was: any
 * inspector, even one whose token names no region) who brings an input of their own: the
 * secret seed is revealed, mixed with the witness input, and the panels drawn from the pool as it
 * stands, at least the lead time before the meeting. The public inputs are kept as drawn.
 */
@Injectable()
export class DrawExpertsCommand {
  constructor(
    private readonly transactions: EventTransactions<CommitteePrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(reviewPlanId: string, witnessInput: string, witness: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      await tx.$queryRawUnsafe('SELECT 1 FROM "ReviewPlan" WHERE id = $1::uuid FOR UPDATE', reviewPlanId);
      const plan = await tx.reviewPlan.findUnique({ where: { id: reviewPlanId } });
      const committee = plan && (await tx.committee.findUnique({ where: { id: plan.committeeId }, select: { region: true } }));
      // Another region's plan and an unknown one look the same (403), so ids reveal nothing.
      if (!plan || !committee || !inspectsRegion(witness, committee.region)) throw forbidden('only an inspector of the committee\'s region witnesses its draw');
      if (plan.status === 'awaiting-approval') throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-CM-1', message: 'the meeting application awaits the bureau\'s approval' });
      if (plan.status !== 'filed') throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: null, message: `review plan ${reviewPlanId} is ${plan.status}: its experts cannot be drawn now` });
      const rules = await filedPlanRules(tx, plan.planId);
      const lead = checkLeadTime(this.clock.today(), plan.meetingOn, rules.extractionLeadDays);
      if (!lead.ok) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: lead.ruleId, message: `experts must be drawn in time: ${lead.reason}` });

      const inputs = await gatherPublicInputs(tx, plan, witnessInput);
      const result = drawPanels({ ...inputs, seed: drawSeedOf(inputs.revealedSeed, witnessInput) });
      if (!result.ok) throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: 'the pool cannot supply these panels', problems: result.problems });
      await tx.draw.create({ data: { reviewPlanId, revealedSeed: plan.secretSeed, witnessInput, witnessedBy: witness.sub, publicInputs: inputs as object, result: result.panels as object[] } });
      await tx.reviewPlan.update({ where: { id: reviewPlanId }, data: { status: 'drawn' } });
      const highSkill = new Set(inputs.experts.filter((expert) => expert.highSkill).map((expert) => expert.id));
      const panels = result.panels.map(({ specialty, members, substitutes, eligible, recused }) => ({
        specialty,
        members,
        substitutes,
        eligible,
        highSkillMembers: members.filter((id) => highSkill.has(id)),
        recused: recused.map((r) => r.expertId),
      }));
      const drawn = { reviewPlanId, committeeId: plan.committeeId, seedCommitment: plan.seedCommitment, revealedSeed: plan.secretSeed, witnessInput, drawnOn: this.clock.today(), panels };
      await publish(createEvent(ExpertsDrawn, reviewPlanId, drawn, { source: 'committee', correlationId }));
      return { reviewPlanId, panels: result.panels };
    });
  }
}

async function gatherPublicInputs(tx: Pick<CommitteePrisma, 'expert' | 'routedDeclaration'>, plan: ReviewPlan, witnessInput: string): Promise<PublicDrawInputs> {
  const experts = await tx.expert.findMany({ where: { committeeId: plan.committeeId }, orderBy: { id: 'asc' } });
  const declarations = await tx.routedDeclaration.findMany({ where: { declarationId: { in: plan.declarationIds } }, orderBy: { declarationId: 'asc' } });
  return {
    reviewPlanId: plan.id,
    seedCommitment: plan.seedCommitment,
    revealedSeed: plan.secretSeed,
    witnessInput,
    panels: reviewPlanPanels(plan),
    experts: experts.map(({ id, specialties, highSkill, nonPublic, employerCreditCode, available, conflicts }) => ({ id, specialties, highSkill, nonPublic, employerCreditCode, available, conflicts })),
    declarations: declarations.map(({ declarationId, specialty, employerCreditCode }) => ({ id: declarationId, specialty, employerCreditCode })),
  };
}
