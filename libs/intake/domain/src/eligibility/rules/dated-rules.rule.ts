import { refuse, type EligibilityRule } from '../eligibility-rule';

/**
 * R-EL-12: rules that carry dates, e.g. Jilin's ≥1 year of grassroots service for school and
 * health senior declarations, required from 2026 and a preference before (003 §1(8)). Before the
 * date a shortfall is only a warning (see `datedRuleWarnings`).
 */
export const datedRules: EligibilityRule = {
  id: 'R-EL-12',
  check: (profile, { plan, today }) =>
    plan.datedRules
      .filter((rule) => rule.series.includes(profile.series) && rule.levels.includes(profile.level))
      .filter((rule) => today >= rule.requiredFrom && profile.grassrootsServiceYears < rule.requirement.minimum)
      .map((rule) =>
        refuse(rule.ruleId, 'grassrootsServiceYears', `自${rule.requiredFrom}起须具备${rule.requirement.minimum}年以上基层工作经历`, `from ${rule.requiredFrom}: ${rule.description}`),
      ),
};
