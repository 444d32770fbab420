import { countFor, panelSizeOf } from './panel-count';

const sitting = [
  { specialty: 'metrology', members: ['e1', 'e2', 'e3'] },
  { specialty: 'standardisation', members: ['e4', 'e5', 'e6', 'e7', 'e8'] },
];

describe('counting a declaration’s ballots by its panel (R-CM-7)', () => {
  it('counts the members sitting on its own specialty’s panel as attending', () => {
    expect(countFor({ declarationId: 'd1', specialty: 'metrology' }, sitting, { for: 2, against: 1 })).toEqual({ declarationId: 'd1', attending: 3, votesFor: 2, votesAgainst: 1, abstentions: 0 });
    expect(countFor({ declarationId: 'd2', specialty: 'standardisation' }, sitting, { for: 4, abstain: 1 })).toMatchObject({ attending: 5, votesFor: 4, abstentions: 1 });
  });

  it('refuses to count a declaration no panel of its specialty sits for, rather than count nobody', () => {
    expect(() => countFor({ declarationId: 'd3', specialty: 'drug-inspection' }, sitting, {})).toThrow('no panel of drug-inspection sits for declaration d3');
  });
});

describe('the panel size a decision reports', () => {
  const panels = [{ specialty: 'metrology', size: 5, substitutes: 2, highSkillMinimum: 1, nonPublicMinimum: 0 }];
  it('is the drawn size of the declaration’s panel', () => {
    expect(panelSizeOf(panels, 'metrology')).toBe(5);
    expect(() => panelSizeOf(panels, 'standardisation')).toThrow('no panel of standardisation');
  });
});
