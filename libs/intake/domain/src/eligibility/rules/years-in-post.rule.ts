import type { AnnualPlan } from '../../plans/annual-plan.schema';
import type { ApplicantProfile } from '../applicant-profile';
import { fullYearsBetween, refuse, type EligibilityRule } from '../eligibility-rule';

/** The plan's requirement for this profile, with the near-retirement reduction applied (R-EL-10). */
export function requiredYearsInPost(profile: ApplicantProfile, plan: AnnualPlan): number | null {
  const unitKind = profile.currentPost.unitKind === 'other' ? 'any' : profile.currentPost.unitKind;
  const rule = plan.yearsInPost.find(
    (r) =>
      r.level === profile.level &&
      (r.unitKind === 'any' || r.unitKind === unitKind) &&
      (r.tier === 'any' || r.tier === profile.currentPost.tier),
  );
  if (!rule) return null;
  const reduction = rule.nearRetirementReduction;
  const nearRetirement =
    reduction !== undefined &&
    profile.retirementDate !== null &&
    plan.qualificationCutoff <= reduction.until &&
    fullYearsBetween(plan.qualificationCutoff, profile.retirementDate) < reduction.withinYearsOfRetirement;
  return rule.years - (nearRetirement ? reduction.lessYears : 0);
}

/**
 * R-EL-10: years in the current post before the next level, counted up to the plan's cut-off
 * (R-EL-9) — not to the day of submission. When only the count to today would suffice, the
 * refusal cites R-EL-9 so the applicant sees why.
 */
export const yearsInPost: EligibilityRule = {
  id: 'R-EL-10',
  check: (profile, { plan, today }) => {
    const required = requiredYearsInPost(profile, plan);
    if (required === null) return [];
    const served = Math.max(0, fullYearsBetween(profile.currentPost.since, plan.qualificationCutoff));
    if (served >= required) return [];
    if (fullYearsBetween(profile.currentPost.since, today) >= required) {
      return [refuse('R-EL-9', 'currentPost.since', `任职年限计算截至${plan.qualificationCutoff}，届时仅${served}年，需${required}年`, `years in post count up to the cut-off ${plan.qualificationCutoff}: ${served} of ${required} years`)];
    }
    return [refuse('R-EL-10', 'currentPost.since', `现岗位任职${served}年，申报${profile.level}需${required}年`, `${served} years in the current post; ${profile.level} needs ${required}`)];
  },
};
