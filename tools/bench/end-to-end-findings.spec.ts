import { commitToLiveFinding, type FindingArrival } from './end-to-end-findings';

const arrival = (ruleId: string, evidence: string[], raisedAt: number, arrivedAt: number): FindingArrival => ({ seq: '1', findingId: `${ruleId}-${arrivedAt}`, ruleId, evidence, raisedAt, arrivedAt });

describe('commit → live finding', () => {
  it('runs from the commit of the latest evidence event to the arrival, split at the raising transaction; unknown evidence counted apart', () => {
    const committed = new Map([
      ['plan', 1_000],
      ['window-1', 10_000],
      ['window-2', 20_000],
    ]);
    const result = commitToLiveFinding(
      [arrival('R-PB-1', ['plan', 'window-1'], 10_400, 10_500), arrival('R-PB-1', ['window-2'], 21_000, 23_000), arrival('R-CT-1', ['not-in-any-outbox'], 0, 5)],
      committed,
    );
    expect(result.all).toEqual([500, 3_000]);
    expect(result.untilTaken).toEqual([400, 1_000]);
    expect(result.takenToLive).toEqual([100, 2_000]);
    expect([...result.byRule]).toEqual([['R-PB-1', [500, 3_000]]]);
    expect(result.unmatched).toBe(1);
  });
});
