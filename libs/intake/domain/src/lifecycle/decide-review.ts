import { addCalendarDays } from '@zc/calendar';
import type { AnnualPlan } from '../plans/annual-plan.schema';
import type { ReviewCommand, UnitPublicity } from './review-command';
import type { ReviewStatus } from './review-status';

export interface DeclarationUnderReview {
  status: ReviewStatus;
  /** R-RV-4: the office returns a declaration once only. */
  correctionRequested: boolean;
  correctionDeadline: string | null;
  feeDeadline: string | null;
}

export interface ReviewFacts {
  plan: AnnualPlan;
  /** CST calendar date of the request. */
  today: string;
  /** Working days in [from, to] on the national calendar with make-up workdays. */
  workingDaysBetween(from: string, to: string): number;
}

export type ReviewDecision =
  | { ok: true; to: ReviewStatus; reason: string; changes: Partial<DeclarationUnderReview> }
  | { ok: false; ruleId: string | null; reason: string };

const BEFORE_ACCEPTANCE: readonly ReviewStatus[] = [
  'draft',
  'submitted',
  'returned-by-employer',
  'recommended',
  'returned-by-department',
  'forwarded',
  'correction-requested',
  'resubmitted',
  'awaiting-fee',
];

/**
 * The review part of the lifecycle as one pure function: whether `command` may happen to a
 * declaration now, and what it becomes. A refusal is a 409 with its reason (and rule, if any).
 */
export function decideReview(declaration: DeclarationUnderReview, command: ReviewCommand, facts: ReviewFacts): ReviewDecision {
  const { plan, today } = facts;
  const { stages } = plan;
  const from = declaration.status;
  const notNow = (): ReviewDecision => ({ ok: false, ruleId: null, reason: `a declaration that is ${from} cannot be sent ${command.type} by the ${command.by}` });
  const late = (deadline: string, stage: string): ReviewDecision | null =>
    today > deadline ? { ok: false, ruleId: 'R-RV-3', reason: `${stage} closed on ${deadline} in plan ${plan.id}` } : null;
  const to = (status: ReviewStatus, reason: string, changes: Partial<DeclarationUnderReview> = {}): ReviewDecision => ({ ok: true, to: status, reason, changes });

  switch (command.type) {
    case 'submit': {
      if (!['draft', 'returned-by-employer', 'returned-by-department'].includes(from)) return notNow();
      const window = stages.applicantSubmission;
      if (today < window.opens || today > window.closes) {
        return { ok: false, ruleId: 'R-RV-3', reason: `declarations are taken from ${window.opens} to ${window.closes} in plan ${plan.id}` };
      }
      return to('submitted', 'submitted to the employer for review');
    }
    case 'withdraw':
      return BEFORE_ACCEPTANCE.includes(from) ? to('withdrawn', 'withdrawn by the applicant') : notNow();
    case 'return-to-applicant':
      if (command.by === 'employer') {
        if (from !== 'submitted') return notNow();
        return late(stages.employerReviewCloses, 'employer review') ?? to('returned-by-employer', `returned by the employer: ${command.reason}`);
      }
      if (from !== 'recommended') return notNow();
      return late(stages.departmentReviewCloses, 'department review') ?? to('returned-by-department', `returned by the department: ${command.reason}`);
    case 'recommend': {
      if (from !== 'submitted') return notNow();
      return late(stages.employerReviewCloses, 'employer review') ?? unitPublicityProblem(command.unitPublicity, facts) ?? to('recommended', 'recommended by the employer after unit publicity (R-RV-1)');
    }
    case 'forward':
      if (from !== 'recommended') return notNow();
      return late(stages.departmentReviewCloses, 'department review') ?? to('forwarded', 'forwarded by the department to the committee office');
    case 'request-correction': {
      if (from === 'resubmitted' || declaration.correctionRequested) {
        return { ok: false, ruleId: 'R-RV-4', reason: 'the office returns a declaration once only, listing every defect; accept or decline it now' };
      }
      if (from !== 'forwarded') return notNow();
      if (command.defects.length === 0) return { ok: false, ruleId: 'R-RV-4', reason: 'a return must list every defect' };
      const deadline = addCalendarDays(today, stages.correctionDays);
      return (
        late(stages.officeReviewCloses, 'office review') ??
        to('correction-requested', `returned once for correction by ${deadline}: ${command.defects.join('; ')} (R-RV-4)`, { correctionRequested: true, correctionDeadline: deadline })
      );
    }
    case 'resubmit':
      if (from !== 'correction-requested') return notNow();
      return late(declaration.correctionDeadline as string, 'the correction period') ?? to('resubmitted', 'corrected and resubmitted to the office');
    case 'accept': {
      if (from !== 'forwarded' && from !== 'resubmitted') return notNow();
      const overdue = late(stages.officeReviewCloses, 'office review');
      if (overdue) return overdue;
      if (plan.fee.required) {
        const deadline = addCalendarDays(today, plan.fee.payWithinDays);
        return to('awaiting-fee', `accepted by the office; fee of ${plan.fee.amountYuan} yuan due by ${deadline} (R-RV-5)`, { feeDeadline: deadline });
      }
      return to('accepted', `accepted by the office and routed to committee ${command.committee}`);
    }
    case 'decline':
      return from === 'resubmitted' ? to('declined', `not accepted after its correction: ${command.reason}`) : notNow();
    case 'pay-fee':
      if (from !== 'awaiting-fee') return notNow();
      return late(declaration.feeDeadline as string, 'the fee period') ?? to('accepted', `fee paid (${command.paymentReference})`);
    case 'abandon-overdue': {
      const deadline = from === 'correction-requested' ? declaration.correctionDeadline : from === 'awaiting-fee' ? declaration.feeDeadline : null;
      if (deadline === null) return notNow();
      if (today <= deadline) return { ok: false, ruleId: null, reason: `not overdue until after ${deadline}` };
      const rule = from === 'correction-requested' ? 'R-RV-4' : 'R-RV-5';
      return to('abandoned', `${from === 'correction-requested' ? 'correction' : 'fee'} not done by ${deadline}: abandoned (${rule})`);
    }
  }
}

/** R-RV-1: the unit publicity lasted at least the plan's working days and has ended. */
function unitPublicityProblem(publicity: UnitPublicity, { plan, today, workingDaysBetween }: ReviewFacts): ReviewDecision | null {
  const refuse = (reason: string): ReviewDecision => ({ ok: false, ruleId: 'R-RV-1', reason });
  if (publicity.from > publicity.to) return refuse('the unit publicity ends before it starts');
  if (publicity.to >= today) return refuse(`the unit publicity runs until ${publicity.to}; recommend after it ends`);
  if (!/^[0-9a-f]{64}$/.test(publicity.evidenceSha256)) return refuse('the image of the unit publicity must be uploaded (its SHA-256)');
  const days = workingDaysBetween(publicity.from, publicity.to);
  if (days < plan.unitPublicityWorkingDays) {
    return refuse(`the unit publicity lasted ${days} working days; at least ${plan.unitPublicityWorkingDays} are required`);
  }
  return null;
}
