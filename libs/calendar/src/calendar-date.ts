/**
 * Calendar dates as the platform counts them: `YYYY-MM-DD` in China Standard Time. Working-day
 * rules are about Beijing calendar days, whatever time zone the server runs in, so all arithmetic
 * here is on UTC-midnight instants and never reads the process's local time.
 */
export type CalendarDate = string;

/** A calendar date, or an instant to be read as the Beijing calendar date it falls on. */
export type CalendarDateInput = CalendarDate | Date;

const DAY_MS = 24 * 60 * 60 * 1000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Normalises input to a `YYYY-MM-DD` Beijing date. Strings must already be calendar dates (not
 * timestamps, whose meaning would depend on a time zone): pass a `Date` for an instant.
 */
export function toCalendarDate(input: CalendarDateInput): CalendarDate {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isNaN(time)) throw new RangeError('Invalid Date: cannot tell which calendar day it is');
    // Shifting the instant by +8h makes its UTC calendar fields the Beijing ones.
    return toCalendarDate(formatUtc(time + CHINA_STANDARD_TIME_OFFSET_MS));
  }
  const match = ISO_DATE.exec(input);
  // Round-tripping through Date.UTC rejects impossible days such as 2023-02-30.
  if (!match || formatUtc(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) !== input) {
    throw new RangeError(`"${input}" is not a calendar date in the form YYYY-MM-DD`);
  }
  return input;
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return formatUtc(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** The instant a Beijing calendar day ends: midnight China Standard Time, the next day. */
export function endOfCalendarDay(date: CalendarDate): Date {
  return new Date(Date.parse(`${addCalendarDays(date, 1)}T00:00:00+08:00`));
}

/** 0 = Sunday … 6 = Saturday, as for Date#getDay. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

function formatUtc(epochMs: number): CalendarDate {
  return new Date(epochMs).toISOString().slice(0, 10);
}
