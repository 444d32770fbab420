import { publicityRulesOf } from './plan-rules';

describe('what publicity keeps of a plan', () => {
  it('takes the display length (R-PB-1) and the reporting deadlines (R-PB-4) as the plan sets them', () => {
    expect(publicityRulesOf({ resultPublicityWorkingDays: 7, resultReporting: { reportWithinDays: 1, fileWithinDays: 3 } })).toEqual({ workingDays: 7, reportWithinDays: 1, fileWithinDays: 3 });
  });

  it('owes no reporting where the plan sets none', () => {
    expect(publicityRulesOf({ resultPublicityWorkingDays: 5, resultReporting: null })).toEqual({ workingDays: 5, reportWithinDays: null, fileWithinDays: null });
  });
});
