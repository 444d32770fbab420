import { CalendarDate, toCalendarDate } from './calendar-date';

/**
 * A region's departures from the national calendar, as data: local holidays (e.g. an ethnic
 * festival a province gives the day off for) and local make-up workdays. `region` is whatever key
 * callers use for a region, typically its administrative division code.
 */
export interface RegionalOverride {
  region: string;
  extraHolidays: CalendarDate[];
  extraWorkdays?: CalendarDate[];
}

export interface RegionalDays {
  holidays: ReadonlySet<CalendarDate>;
  workdays: ReadonlySet<CalendarDate>;
}

/**
 * Validates the table and indexes it by region. A malformed table is refused outright, because a
 * mistyped date would otherwise just never match and the local holiday would silently be counted
 * as a working day.
 */
export function indexRegionalOverrides(overrides: readonly RegionalOverride[]): ReadonlyMap<string, RegionalDays> {
  const byRegion = new Map<string, RegionalDays>();
  for (const { region, extraHolidays, extraWorkdays = [] } of overrides) {
    if (region.trim() === '') throw new Error('A regional override needs a region');
    // One row per region, so no reader has to wonder which of two rows wins.
    if (byRegion.has(region)) throw new Error(`Region "${region}" has more than one override`);
    const holidays = new Set(extraHolidays.map(toCalendarDate));
    const workdays = new Set(extraWorkdays.map(toCalendarDate));
    const both = [...holidays].filter((date) => workdays.has(date));
    if (both.length > 0) throw new Error(`Region "${region}" declares ${both.join(', ')} both a holiday and a workday`);
    byRegion.set(region, { holidays, workdays });
  }
  return byRegion;
}
