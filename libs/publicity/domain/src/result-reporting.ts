import { addCalendarDays, endOfCalendarDay, toCalendarDate } from '@zc/calendar';

/** R-PB-4: results go to the province after the review ("report"), and are filed after publicity ("filing"). */
export type ReportingKind = 'report' | 'filing';

/**
 * The deadline of a duty that arose at `from`: the end of the Nth calendar day after it, on the
 * Beijing calendar ("次日" is 1, "3天内" is 3). Zero means by the end of the same day.
 */
export function reportingDueAt(from: Date, withinDays: number): Date {
  return endOfCalendarDay(addCalendarDays(toCalendarDate(from), withinDays));
}

/** A duty done after its deadline was done late; one done exactly at the deadline was not. */
export function reportedLate(dueAt: Date, doneAt: Date): boolean {
  return doneAt.getTime() > dueAt.getTime();
}
