import { addCalendarDays, CalendarDate, CalendarDateInput, toCalendarDate, yearOf } from './calendar-date';
import { isNationallyPublished, isNationalWorkingDay, nationallyPublishedYears } from './national-holidays';
import { indexRegionalOverrides, RegionalDays, RegionalOverride } from './regional-overrides';
import { UnpublishedCalendarYearError } from './unpublished-calendar-year-error';

/**
 * Working days (工作日) as the rules count them (e.g. R-RV-1, R-PB-1: publicity of at least 5
 * working days): the national holiday arrangement including make-up workdays (调休), then any
 * regional override. Every method refuses a date in a year whose arrangement is not published —
 * including any date a range or a count passes through — rather than guess Monday to Friday.
 *
 * Without a region, or for a region with no override, the national calendar applies.
 */
export class WorkingDayCalendar {
  private readonly regions: ReadonlyMap<string, RegionalDays>;

  constructor(overrides: readonly RegionalOverride[] = []) {
    this.regions = indexRegionalOverrides(overrides);
  }

  publishedYears(): readonly number[] {
    return nationallyPublishedYears();
  }

  assertPublished(year: number): void {
    if (!isNationallyPublished(year)) throw new UnpublishedCalendarYearError(year, nationallyPublishedYears());
  }

  isWorkingDay(date: CalendarDateInput, region?: string): boolean {
    return this.isWorkingDate(this.publishedDate(date), region);
  }

  /**
   * The n-th working day after `start`, `start` itself never counted even when it is a working
   * day: the last day of a period of n working days that opens the day after `start` (a notice
   * posted on `start` and open for n working days runs until the returned date, inclusive).
   * Hence `workingDaysBetween(addCalendarDays(start, 1), addWorkingDays(start, n)) === n`, and
   * the returned date is always a working day. `n` must be a positive integer.
   */
  addWorkingDays(start: CalendarDateInput, n: number, region?: string): CalendarDate {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`Expected a positive whole number of working days, got ${n}`);
    let date = this.publishedDate(start);
    for (let counted = 0; counted < n; ) {
      date = this.publishedDate(addCalendarDays(date, 1));
      if (this.isWorkingDate(date, region)) counted++;
    }
    return date;
  }

  /**
   * How many working days the inclusive range [from, to] holds: a publicity posted from `from`
   * to `to` lasted this many working days. `from` after `to` is refused rather than read as 0.
   */
  workingDaysBetween(from: CalendarDateInput, to: CalendarDateInput, region?: string): number {
    const first = toCalendarDate(from);
    const last = toCalendarDate(to);
    if (first > last) throw new RangeError(`The range ${first}..${last} ends before it starts`);
    // Every year the range touches, not only its ends, in case the data ever has a gap.
    for (let year = yearOf(first); year <= yearOf(last); year++) this.assertPublished(year);
    let count = 0;
    for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
      if (this.isWorkingDate(date, region)) count++;
    }
    return count;
  }

  private publishedDate(input: CalendarDateInput): CalendarDate {
    const date = toCalendarDate(input);
    this.assertPublished(yearOf(date));
    return date;
  }

  /** Regional declarations outrank the national arrangement; the date's year must be published. */
  private isWorkingDate(date: CalendarDate, region: string | undefined): boolean {
    const local = region === undefined ? undefined : this.regions.get(region);
    if (local?.holidays.has(date)) return false;
    if (local?.workdays.has(date)) return true;
    return isNationalWorkingDay(date);
  }
}
