import { Injectable } from '@nestjs/common';
import {
  CheckCompleted,
  CheckPending,
  CheckSentToManualReview,
  createEvent,
  planVerificationRulesSchema,
  PromiseFoundFalse,
  type DeclaredEducation,
  type PlanVerificationRules,
} from '@zc/contracts';
import type { Publish } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { feedRecordsOf, type CheckResult, type DeclarationCase, type VerificationPrisma } from '@zc/verification/data-access';
import {
  checkContinuingEducation,
  checkDegree,
  checkSocialSecurity,
  PROMISE_SPOT_CHECK,
  type CheckKind,
  type CheckVerdict,
  type Provenance,
} from '@zc/verification/domain';
import { concludeIfSettled } from '../conclude-verification/conclude-if-settled';
import { eventMetaOf as metaOf, type Cause } from './cause';

export type VerificationTx = VerificationPrisma;
export type { Cause } from './cause';

/** A check left pending: the scheduler times it out and may ask the agency for the data. */
export interface PendingCheck {
  id: string;
  check: string;
  idNumber: string;
  timesOutAt: Date;
}

export type Evidence = { source: string; recordId: string; batchId: string; fetchedAt: string }[];

const evidenceOf = (records: readonly Provenance[]): Evidence =>
  records.map((r) => ({ source: r.source, recordId: r.id, batchId: r.batchId, fetchedAt: r.receivedAt.toISOString() }));

/**
 * Judges a declaration's checks on the feed data held now and records what follows, with its
 * events, in the caller's transaction: pending (with its timeout), manual review, or settled with
 * its evidence (R-VF-4); then the declaration's one verdict once all three have settled.
 */
@Injectable()
export class CheckRunner {
  constructor(private readonly clock: Clock) {}

  async run(tx: VerificationTx, publish: Publish, kase: DeclarationCase, check: CheckResult, cause: Cause): Promise<PendingCheck | null> {
    const plan = await tx.verificationPlan.findUnique({ where: { planId_version: { planId: kase.planId, version: kase.planVersion } } });
    if (!plan) throw new Error(`plan ${kase.planId} v${kase.planVersion} is not known to verification yet`);
    const rules = planVerificationRulesSchema.parse(plan.rules);
    const verdict = await this.judge(tx, kase, check.check as CheckKind, rules, plan.qualificationCutoff);
    const meta = metaOf(cause);
    const { declarationId } = kase;

    if (verdict.status === 'pending') {
      const now = this.clock.now();
      const timesOutAt = check.timesOutAt ?? new Date(now.getTime() + rules.pendingTimeoutSeconds * 1_000);
      await tx.checkResult.update({ where: { id: check.id }, data: { status: 'pending', reason: verdict.reason, checkedAt: now, timesOutAt } });
      if (!check.timesOutAt) {
        await publish(createEvent(CheckPending, declarationId, { declarationId, check: check.check as CheckKind, reason: verdict.reason, timesOutAt: timesOutAt.toISOString() }, meta));
      }
      return { id: check.id, check: check.check, idNumber: kase.idNumber, timesOutAt };
    }
    if (verdict.status === 'manual-review') {
      await this.sendToManualReview(tx, publish, kase, check, verdict.reason, evidenceOf(verdict.evidence), cause);
      return null;
    }
    await this.settle(tx, publish, kase, check, { outcome: verdict.status, settledBy: verdict.settledBy, reason: verdict.reason, evidence: evidenceOf(verdict.evidence) }, cause);
    return null;
  }

  async sendToManualReview(tx: VerificationTx, publish: Publish, kase: DeclarationCase, check: CheckResult, reason: string, evidence: Evidence, cause: Cause) {
    await tx.checkResult.update({ where: { id: check.id }, data: { status: 'manual-review', reason, evidence, checkedAt: this.clock.now() } });
    const { declarationId, committee } = kase;
    await publish(
      createEvent(CheckSentToManualReview, declarationId, { declarationId, check: check.check as CheckKind, committee, reason }, metaOf(cause)),
    );
  }

  /** Records a settled check and its event; a false promise and the declaration's verdict follow. */
  async settle(
    tx: VerificationTx,
    publish: Publish,
    kase: DeclarationCase,
    check: CheckResult,
    result: { outcome: 'passed' | 'failed'; settledBy: 'feed-data' | 'promise' | 'manual-review'; reason: string; evidence: Evidence; reviewedBy?: string },
    cause: Cause,
  ): Promise<void> {
    const { outcome, settledBy, reason, evidence, reviewedBy } = result;
    const now = this.clock.now();
    await tx.checkResult.update({
      where: { id: check.id },
      data: { status: outcome, settledBy, reason, evidence, checkedAt: now, ...(reviewedBy ? { reviewedBy, reviewedAt: now } : {}) },
    });
    const meta = metaOf(cause);
    const { declarationId } = kase;
    await publish(createEvent(CheckCompleted, declarationId, { declarationId, check: check.check as CheckKind, outcome, reason, evidence, settledBy }, meta));
    if (check.check === PROMISE_SPOT_CHECK) {
      if (outcome === 'failed') {
        if (!check.spotCheckId) throw new Error(`promise spot check ${check.id} names no draw`);
        await publish(createEvent(PromiseFoundFalse, declarationId, { declarationId, spotCheckId: check.spotCheckId, finding: `false continuing-education promise: ${reason}`, evidence }, meta));
      }
      return;
    }
    await concludeIfSettled(tx, publish, declarationId, cause, now);
  }

  private async judge(tx: VerificationTx, kase: DeclarationCase, check: CheckKind, rules: PlanVerificationRules, cutoff: string): Promise<CheckVerdict> {
    const { idNumber } = kase;
    switch (check) {
      case 'social-security':
        return checkSocialSecurity({ idNumber, employerCreditCode: kase.employerCreditCode }, await feedRecordsOf(tx, 'social-security', idNumber), rules.socialSecurity);
      case 'continuing-education':
      case PROMISE_SPOT_CHECK:
        return checkContinuingEducation(
          { idNumber, promised: kase.promised, drawnForSpotCheck: check === PROMISE_SPOT_CHECK },
          await feedRecordsOf(tx, 'continuing-education', idNumber),
          rules.continuingEducation,
        );
      case 'degree':
        return checkDegree({ idNumber, level: kase.level, education: kase.education as DeclaredEducation }, await feedRecordsOf(tx, 'degree', idNumber), rules.degree, cutoff);
    }
  }
}
