import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-5: one employer sends a series and level to one committee only — no 多头报送 (000 §3(1)). */
export const oneCommitteePerUnit: EligibilityRule = {
  id: 'R-EL-5',
  check: (profile, { employerCommitteesForSeriesAndLevel, routedCommittee }) => {
    const others = employerCommitteesForSeriesAndLevel.filter((committee) => committee !== routedCommittee);
    return others.length > 0
      ? [refuse('R-EL-5', 'series', `本单位同一系列同一层级已报送至其他评委会（${others.join('、')}），不得多头报送`, `this employer already sends ${profile.series} ${profile.level} to another committee (${others.join(', ')})`)]
      : [];
  },
};
