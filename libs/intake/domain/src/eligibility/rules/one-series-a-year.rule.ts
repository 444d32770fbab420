import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-4: one series per declaration, and the same series at most once a year (000 §3(1)). */
export const oneSeriesAYear: EligibilityRule = {
  id: 'R-EL-4',
  check: (profile, { otherDeclarationsThisYear, plan }) =>
    otherDeclarationsThisYear.some((other) => other.series === profile.series)
      ? [refuse('R-EL-4', 'series', `同一系列每年度只能申报一次，${plan.year}年度已有该系列的申报`, `the ${profile.series} series may be declared once a year; ${plan.year} already has one`)]
      : [],
};
