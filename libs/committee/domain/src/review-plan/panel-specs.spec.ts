import { panelSpecsOf } from './panel-specs';

const request = { specialty: 'metrology', size: 5, substitutes: 2, nonPublicMinimum: 0 };

describe('panels to draw (R-CM-3)', () => {
  it('takes one high-skill expert per panel where the committee is open to high-skill talent', () => {
    expect(panelSpecsOf([request], { openToHighSkill: true })).toEqual([{ ...request, highSkillMinimum: 1 }]);
  });

  it('takes none where it is not', () => {
    expect(panelSpecsOf([request], { openToHighSkill: false })).toEqual([{ ...request, highSkillMinimum: 0 }]);
  });

  it('keeps the minimum the office set, either way', () => {
    expect(panelSpecsOf([{ ...request, highSkillMinimum: 2 }], { openToHighSkill: true })[0]?.highSkillMinimum).toBe(2);
    expect(panelSpecsOf([{ ...request, highSkillMinimum: 0 }], { openToHighSkill: true })[0]?.highSkillMinimum).toBe(0);
  });
});
