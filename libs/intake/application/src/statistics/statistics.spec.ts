import { statisticsOf } from './statistics';

describe('statistics for the dashboard', () => {
  const counts = {
    byStatus: [
      { key: 'committee-passed', count: 2 },
      { key: 'submitted', count: 3 },
      { key: 'accepted', count: 1 },
      { key: 'draft', count: 4 },
    ],
    byRegion: [
      { key: 'jilin', count: 3 },
      { key: 'tianjin', count: 7 },
    ],
    bySeries: [
      { key: 'engineering', count: 5 },
      { key: 'accounting', count: 5 },
    ],
  };

  it('orders statuses as a declaration travels, and totals them', () => {
    const stats = statisticsOf('tianjin', counts, [], []);
    expect(stats.byStatus.map((row) => row.status)).toEqual(['draft', 'submitted', 'accepted', 'committee-passed']);
    expect(stats.total).toBe(10);
    expect(stats.region).toBe('tianjin');
  });

  it('orders regions and series by size, then by name', () => {
    const stats = statisticsOf(null, counts, [], []);
    expect(stats.byRegion).toEqual([
      { region: 'tianjin', count: 7 },
      { region: 'jilin', count: 3 },
    ]);
    expect(stats.bySeries.map((row) => row.series)).toEqual(['accounting', 'engineering']);
  });

  it('gives each committee its share of passes among its decisions, leaving out committees with none', () => {
    const stats = statisticsOf(null, counts, [
      { committee: 'TJ-B', passed: 2, failed: 1 },
      { committee: 'TJ-A', passed: 0, failed: 0 },
      { committee: null, passed: 1, failed: 0 },
    ], []);
    expect(stats.passRates).toEqual([
      { committee: '—', passed: 1, failed: 0, rate: 1 },
      { committee: 'TJ-B', passed: 2, failed: 1, rate: 0.667 },
    ]);
  });

  it('reads time per stage in hours, in lifecycle order (database numbers may come as strings)', () => {
    const stats = statisticsOf(null, counts, [], [
      { status: 'recommended', stays: 2, averageSeconds: 5400 },
      { status: 'submitted', stays: '3' as unknown as number, averageSeconds: '7200' as unknown as number },
    ]);
    expect(stats.timePerStage).toEqual([
      { status: 'submitted', stays: 3, averageHours: 2 },
      { status: 'recommended', stays: 2, averageHours: 1.5 },
    ]);
  });
});
