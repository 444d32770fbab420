import { creditCodeProblem } from '@zc/national-standards';
import type { ApplicantProfile } from './applicant-profile';
import type { EligibilityContext, EligibilityRule, Refusal } from './eligibility-rule';
import { datedRules } from './rules/dated-rules.rule';
import { entrustmentLetter } from './rules/entrustment-letter.rule';
import { examValidity } from './rules/exam-validity.rule';
import { excludedCategories } from './rules/excluded-categories.rule';
import { integrityArchive } from './rules/integrity-archive.rule';
import { oneCommitteePerUnit } from './rules/one-committee-per-unit.rule';
import { oneSeriesAYear } from './rules/one-series-a-year.rule';
import { sanctionPeriod } from './rules/sanction-period.rule';
import { directedTitle } from './rules/directed-title.rule';
import { specialChannels } from './rules/special-channels.rule';
import { whoMayDeclare } from './rules/who-may-declare.rule';
import { yearsInPost } from './rules/years-in-post.rule';

/** Every eligibility rule checked at submission (R-EL-1 … R-EL-12; R-EL-9 inside years in post). */
export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  whoMayDeclare,
  excludedCategories,
  sanctionPeriod,
  oneSeriesAYear,
  oneCommitteePerUnit,
  integrityArchive,
  examValidity,
  entrustmentLetter,
  yearsInPost,
  specialChannels,
  directedTitle,
  datedRules,
];

export interface EligibilityVerdict {
  eligible: boolean;
  /** Every failed rule, not just the first, so the applicant can fix all at once. */
  refusals: Refusal[];
  /** Facts worth a reviewer's look that do not block (a pilot-era credit code, a preference). */
  warnings: Refusal[];
}

export function checkEligibility(profile: ApplicantProfile & { employerCreditCode: string }, context: EligibilityContext): EligibilityVerdict {
  const refusals = ELIGIBILITY_RULES.flatMap((rule) => rule.check(profile, context));
  const warnings: Refusal[] = [];
  const creditCode = creditCodeProblem(profile.employerCreditCode);
  if (creditCode) {
    warnings.push({ ruleId: 'GB 32100', field: 'employerCreditCode', reason: { zh: `统一社会信用代码校验未通过（${creditCode}），请人工核对`, en: `the credit code ${creditCode}; check it by hand (pilot-era codes may fail)` } });
  }
  for (const rule of context.plan.datedRules) {
    const applies = rule.series.includes(profile.series) && rule.levels.includes(profile.level);
    if (applies && context.today < rule.requiredFrom && profile.grassrootsServiceYears < rule.requirement.minimum) {
      warnings.push({ ruleId: rule.ruleId, field: 'grassrootsServiceYears', reason: { zh: `${rule.requiredFrom}前为优先条件：${rule.description}`, en: `a preference until ${rule.requiredFrom}: ${rule.description}` } });
    }
  }
  return { eligible: refusals.length === 0, refusals, warnings };
}
