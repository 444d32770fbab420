import { poolProblems } from './pool-report';

const expert = (highSkill: boolean, nonPublic = false) => ({ highSkill, nonPublic, available: true });

describe('expert pool report (R-CM-3)', () => {
  it('reports a series open to high-skill talent with fewer than three high-skill experts', () => {
    expect(poolProblems([expert(true), expert(true), expert(false, true)], { openToHighSkill: true })).toEqual([
      '2 high-skill experts in the pool, at least 3 required for a series open to high-skill talent (R-CM-3)',
    ]);
    expect(poolProblems([expert(true), expert(true), expert(true, true)], { openToHighSkill: true })).toEqual([]);
    expect(poolProblems([expert(false, true)], { openToHighSkill: false })).toEqual([]);
  });

  it('reports a pool without non-public experts', () => {
    expect(poolProblems([expert(false)], { openToHighSkill: false })).toEqual(['no expert from a non-public organisation in the pool (000 §3(7))']);
  });
});
