import { committeePlanSlice, drawResult, meetingSitting, reviewPlanPanels } from './json-columns';

describe('the committee’s JSON columns, read through zod', () => {
  it('gives back what the committee wrote', () => {
    const panels = [{ specialty: 'metrology', size: 5, substitutes: 2, highSkillMinimum: 1, nonPublicMinimum: 0 }];
    expect(reviewPlanPanels({ id: 'rp1', panels })).toEqual(panels);
    expect(meetingSitting({ reviewPlanId: 'rp1', sitting: [{ specialty: 'metrology', members: ['e1', 'e2'] }] })).toEqual([{ specialty: 'metrology', members: ['e1', 'e2'] }]);
    const drawn = [{ specialty: 'metrology', members: ['e1'], substitutes: [], eligible: 4, recused: [{ expertId: 'e9', reason: 'R-CM-4' }] }];
    expect(drawResult({ reviewPlanId: 'rp1', result: drawn })).toEqual(drawn);
  });

  it('stops at a row that is not, naming the column and the field, instead of casting it', () => {
    expect(() => reviewPlanPanels({ id: 'rp1', panels: [{ specialty: 'metrology', size: '5' }] })).toThrow(/ReviewPlan.panels of rp1 .*0\.size/);
    expect(() => meetingSitting({ reviewPlanId: 'rp1', sitting: { metrology: ['e1'] } })).toThrow('Meeting.sitting of rp1');
  });

  it('reads a kept plan by the committee’s slice of the contract: a rule’s number missing is an error, not a default', () => {
    const slice = {
      extractionLeadDays: 7,
      committeeMeetingApproval: false,
      defenceLevels: [],
      passRateCaps: [],
      stages: { meetings: { opens: '2023-12-01', closes: '2023-12-31' }, committeeDeadline: '2023-12-31', missedDeadlineBarYears: 0 },
    };
    expect(committeePlanSlice({ planId: 'p', version: 1, document: slice })).toEqual(slice);
    const { missedDeadlineBarYears: _bar, ...stages } = slice.stages;
    expect(() => committeePlanSlice({ planId: 'p', version: 2, document: { ...slice, stages } })).toThrow(/CommitteePlan p v2 .*stages\.missedDeadlineBarYears/);
  });
});
