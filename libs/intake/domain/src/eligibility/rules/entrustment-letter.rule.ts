import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-8: without a local committee, an entrustment letter issued in the system is needed (000 §2, 004 §4(4)). */
export const entrustmentLetter: EligibilityRule = {
  id: 'R-EL-8',
  check: (profile, { routedCommittee }) =>
    routedCommittee === null && !profile.entrustmentLetterId
      ? [refuse('R-EL-8', 'entrustmentLetterId', '本地无相应评委会，须在系统中取得委托评审函', `no local committee reviews ${profile.series} ${profile.level}: an entrustment letter is required`)]
      : [],
};
