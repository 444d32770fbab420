import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { createEvent, DeclarationSubmitted } from '@zc/contracts';
import { IntakePrisma, type Declaration } from '@zc/intake/data-access';
import {
  applicantProfileSchema,
  checkEligibility,
  committeesFor,
  decideReview,
  declaredMaterialSchema,
  employmentConfirmationSchema,
  employmentProblem,
  materialProblems,
  SEED_CATALOGUE,
  type Level,
  type Refusal,
} from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { PlanRepository } from '../plans/plan-repository';
import { applyDecision, conflictFrom, underReview } from '../review/apply-decision';
import { ReviewFactsProvider } from '../review/review-facts';
import { DeclarationLoader, type IntakeTx } from './declaration-loader';

const CLOSED = ['draft', 'withdrawn', 'abandoned', 'declined'];

/**
 * Submission: every eligibility rule (R-EL-*), the evidence of each material (R-RV-6) and the
 * employment confirmation (R-RV-2) are checked at once; any refusal is a 422 listing them all, in
 * Chinese and English. Then the submission window (R-RV-3) and the move to the employer.
 */
@Injectable()
export class SubmitDeclarationCommand {
  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly loader: DeclarationLoader,
    private readonly plans: PlanRepository,
    private readonly clock: Clock,
    private readonly facts: ReviewFactsProvider,
  ) {}

  async execute(id: string, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const declaration = await this.loader.lockFor(tx, id, by, 'applicant');
      const plan = await this.plans.version(declaration.planId, declaration.planVersion, tx);
      const facts = this.facts.for(plan);
      const today = facts.today;
      const plansOfYear = await this.planIdsOfYear(tx, plan.year);
      const routed = declaration.committee ?? committeesFor(SEED_CATALOGUE, { region: declaration.region, series: declaration.series, specialty: declaration.specialty, level: declaration.level as Level })[0]?.id ?? null;
      const profile = applicantProfileSchema.parse(declaration.profile);
      const entrustmentLetter = routed === null && profile.entrustmentLetterId ? await this.letter(tx, profile.entrustmentLetterId) : null;
      const verdict = checkEligibility(
        { ...profile, employerCreditCode: declaration.employerCreditCode },
        {
          plan,
          today,
          routedCommittee: routed,
          entrustmentLetter,
          activeIntegrityRecords: (await tx.integrityRecord.findMany({ where: { idNumber: declaration.idNumber, activeUntil: { gte: today } } })).map((r) => ({ recordId: r.id, activeUntil: r.activeUntil })),
          otherDeclarationsThisYear: await this.othersThisYear(tx, declaration, plansOfYear),
          employerCommitteesForSeriesAndLevel: await this.employerCommittees(tx, declaration, plansOfYear),
        },
      );
      const refusals: Refusal[] = [
        ...verdict.refusals,
        ...materialProblems(declaredMaterialSchema.array().parse(declaration.materials)),
        ...[employmentProblem(employmentConfirmationSchema.parse(declaration.employment))].filter((r): r is Refusal => r !== null),
      ];
      if (refusals.length > 0) {
        throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: 'the declaration does not meet the rules', refusals });
      }
      const decision = decideReview(underReview(declaration), { type: 'submit', by: 'applicant' }, facts);
      if (!decision.ok) throw conflictFrom(decision);
      // R-EL-8: without a local committee, the entrustment letter's committee reviews it.
      const committee = routed ?? (entrustmentLetter as { committeeId: string }).committeeId;
      await tx.declaration.update({ where: { id }, data: { committee, warnings: verdict.warnings as object[], submittedAt: this.clock.now() } });
      const updated = await applyDecision(tx, publish, { ...declaration, committee }, decision, { actor: 'applicant', actorId: by.sub, correlationId, on: today });
      await publish(
        createEvent(
          DeclarationSubmitted,
          id,
          {
            declarationId: id,
            applicantName: updated.applicantName,
            idNumber: updated.idNumber,
            employerCreditCode: updated.employerCreditCode,
            series: updated.series,
            level: updated.level,
            region: updated.region,
            planId: updated.planId,
            planVersion: updated.planVersion,
          },
          { source: 'intake', correlationId },
        ),
      );
      return { id, status: updated.status, committee, warnings: verdict.warnings };
    });
  }

  private async letter(tx: IntakeTx, id: string) {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
    return uuid ? tx.entrustmentLetter.findUnique({ where: { id } }) : null;
  }

  private othersThisYear(tx: IntakeTx, declaration: Declaration, plansOfYear: string[]) {
    return tx.declaration.findMany({
      where: { idNumber: declaration.idNumber, id: { not: declaration.id }, status: { notIn: CLOSED }, planId: { in: plansOfYear } },
      select: { id: true, series: true },
    });
  }

  private async employerCommittees(tx: IntakeTx, declaration: Declaration, plansOfYear: string[]) {
    const rows = await tx.declaration.findMany({
      where: {
        employerCreditCode: declaration.employerCreditCode,
        series: declaration.series,
        level: declaration.level,
        id: { not: declaration.id },
        status: { notIn: CLOSED },
        committee: { not: null },
        planId: { in: plansOfYear },
      },
      select: { committee: true },
      distinct: ['committee'],
    });
    return rows.map((row) => row.committee as string);
  }

  /** R-EL-4 and R-EL-5 count declarations of the same year, whatever plan of that year they fall under. */
  private async planIdsOfYear(tx: IntakeTx, year: number) {
    return (await tx.annualPlan.findMany({ where: { year }, select: { id: true }, distinct: ['id'] })).map((p) => p.id);
  }
}
