import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-3: not while a party, government or administrative sanction is in its influence period (000 §1(5)). */
export const sanctionPeriod: EligibilityRule = {
  id: 'R-EL-3',
  check: (profile, { today }) =>
    profile.sanctionInfluenceUntil !== null && profile.sanctionInfluenceUntil >= today
      ? [refuse('R-EL-3', 'sanctionInfluenceUntil', `处分影响期（至${profile.sanctionInfluenceUntil}）内不得申报`, `a sanction is in its influence period until ${profile.sanctionInfluenceUntil}`)]
      : [],
};
