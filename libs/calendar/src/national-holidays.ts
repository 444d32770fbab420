import calendarData from 'chinese-days/dist/chinese-days.json';
import { CalendarDate, dayOfWeek, yearOf } from './calendar-date';

/**
 * The national calendar, read from chinese-days' own data file (the JSON its README publishes,
 * built from the same arrangement as its functions) rather than through `isWorkday`: those parse
 * `YYYY-MM-DD` as UTC midnight but read it back in the process's local time zone, so on a server
 * west of UTC they answer for the previous day (2023-10-09 comes out as a holiday). A table lookup
 * cannot drift with the time zone. The spec checks every covered day against the package.
 */
const holidays: Readonly<Record<CalendarDate, string>> = calendarData.holidays;
/** Make-up workdays (调休上班): weekend days declared working days. */
const makeUpWorkdays: Readonly<Record<CalendarDate, string>> = calendarData.workdays;

/**
 * The years whose arrangement the data holds: each year's notice lists at least its Spring
 * Festival holidays, so a year with no holiday at all has not been published. A notice may reach
 * back into the previous December (2018-12-29..31 belong to the 2019 notice), which can only name
 * a year that is already covered, or one before the data starts (it starts with 2004-01-01).
 * The same reach-back means the last days of the newest covered year may still change when the
 * next year's notice comes out; nothing in the data can tell, so that residual risk is accepted.
 */
const PUBLISHED_YEARS: readonly number[] = Object.freeze([...new Set(Object.keys(holidays).map(yearOf))].sort((a, b) => a - b));

export function nationallyPublishedYears(): readonly number[] {
  return PUBLISHED_YEARS;
}

export function isNationallyPublished(year: number): boolean {
  return PUBLISHED_YEARS.includes(year);
}

/**
 * Whether `date` is a working day under the national arrangement: a make-up workday, or a Monday
 * to Friday that is not a public holiday. Callers must check the year is published first.
 */
export function isNationalWorkingDay(date: CalendarDate): boolean {
  if (makeUpWorkdays[date] !== undefined) return true;
  const weekday = dayOfWeek(date);
  return weekday >= 1 && weekday <= 5 && holidays[date] === undefined;
}
