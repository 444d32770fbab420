import { DECLARATION_STATUSES, REVIEW_STATUSES } from '@zc/intake/domain';

/** Rows as the statistics queries return them (counts grouped by one column). */
export interface CountRow {
  key: string | null;
  count: number;
}

export interface DecisionRow {
  committee: string | null;
  passed: number;
  failed: number;
}

export interface DwellRow {
  status: string;
  /** Stays that ended (the declaration moved on). */
  stays: number;
  averageSeconds: number;
}

export interface Statistics {
  region: string | null;
  total: number;
  byStatus: { status: string; count: number }[];
  byRegion: { region: string; count: number }[];
  bySeries: { series: string; count: number }[];
  passRates: { committee: string; passed: number; failed: number; rate: number }[];
  timePerStage: { status: string; stays: number; averageHours: number }[];
}

/** Every status in lifecycle order: intake's review stages, then the downstream ones intake tracks. */
const LIFECYCLE: readonly string[] = [...REVIEW_STATUSES, ...DECLARATION_STATUSES.filter((status) => !(REVIEW_STATUSES as readonly string[]).includes(status))];
const lifecycleIndex = (status: string) => {
  const index = LIFECYCLE.indexOf(status);
  return index < 0 ? LIFECYCLE.length : index;
};

const byCountThenName = <T extends { count: number }>(name: (row: T) => string) => (a: T, b: T) => b.count - a.count || name(a).localeCompare(name(b));

/**
 * Shapes what the queries counted for charts: statuses in lifecycle order (a stage chart reads
 * left to right as a declaration travels), regions and series by size, a committee's pass rate
 * over its decisions (R-CM-* ballots recorded as committee-passed/failed), time in hours.
 */
export function statisticsOf(region: string | null, counts: { byStatus: CountRow[]; byRegion: CountRow[]; bySeries: CountRow[] }, decisions: DecisionRow[], dwell: DwellRow[]): Statistics {
  const named = (rows: CountRow[]) => rows.map((row) => ({ key: row.key ?? '—', count: Number(row.count) }));
  const byStatus = named(counts.byStatus)
    .map(({ key, count }) => ({ status: key, count }))
    .sort((a, b) => lifecycleIndex(a.status) - lifecycleIndex(b.status) || a.status.localeCompare(b.status));
  return {
    region,
    total: byStatus.reduce((sum, row) => sum + row.count, 0),
    byStatus,
    byRegion: named(counts.byRegion)
      .map(({ key, count }) => ({ region: key, count }))
      .sort(byCountThenName((row) => row.region)),
    bySeries: named(counts.bySeries)
      .map(({ key, count }) => ({ series: key, count }))
      .sort(byCountThenName((row) => row.series)),
    passRates: decisions
      .map(({ committee, passed, failed }) => ({ committee: committee ?? '—', passed: Number(passed), failed: Number(failed) }))
      .filter((row) => row.passed + row.failed > 0)
      .map((row) => ({ ...row, rate: Math.round((row.passed / (row.passed + row.failed)) * 1000) / 1000 }))
      .sort((a, b) => a.committee.localeCompare(b.committee)),
    timePerStage: dwell
      .map((row) => ({ status: row.status, stays: Number(row.stays), averageHours: Math.round((Number(row.averageSeconds) / 3600) * 100) / 100 }))
      .sort((a, b) => lifecycleIndex(a.status) - lifecycleIndex(b.status)),
  };
}
