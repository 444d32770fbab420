import { endOfCalendarDay, toCalendarDate, type WorkingDayCalendar } from '@zc/calendar';

/** What publicity knows of one declaration; facts arrive from two topics in either order. */
export interface CandidateFacts {
  applicantName: string | null;
  idNumber: string | null;
  employerCreditCode: string | null;
  series: string | null;
  level: string | null;
  region: string | null;
  outcome: string | null;
}

/** A passed result goes on display once the applicant's details are known too (R-PB-1). */
export function readyForPublicity(candidate: CandidateFacts): boolean {
  return candidate.outcome === 'passed' && [candidate.applicantName, candidate.series, candidate.level, candidate.region].every(Boolean);
}

/** A display window of a fixed length: only where configuration shortens it for tests and demos. */
export function windowFrom(opensAt: Date, lengthMs: number): { opensAt: Date; closesAt: Date } {
  return { opensAt, closesAt: new Date(opensAt.getTime() + lengthMs) };
}

/**
 * The display window of R-PB-1: posted on the day it opens, it runs for the plan's working days
 * counted from the next day (national holidays and make-up workdays, regional overrides) and closes
 * at the end of the last one, midnight China Standard Time. A year without a published calendar
 * is refused by the calendar, never guessed.
 */
export function workingDayWindow(opensAt: Date, workingDays: number, calendar: WorkingDayCalendar, region?: string): { opensAt: Date; closesAt: Date; lastDay: string } {
  const lastDay = calendar.addWorkingDays(toCalendarDate(opensAt), workingDays, region);
  return { opensAt, closesAt: endOfCalendarDay(lastDay), lastDay };
}


/**
 * What becomes of a result on display (R-PB-2, R-PB-3): an upheld objection withholds it at once;
 * at the window's end it is published unless an objection is still open, which holds it until
 * the objection is decided.
 */
export function windowOutcome(state: { due: boolean; openObjections: number; upheldObjections: number }): 'withhold' | 'wait' | 'hold' | 'publish' {
  if (state.upheldObjections > 0) return 'withhold';
  if (!state.due) return 'wait';
  return state.openObjections > 0 ? 'hold' : 'publish';
}
