import { addCalendarDays, endOfCalendarDay, toCalendarDate } from '@zc/calendar';

/** R-PB-4: results go to the province after the review ("report"), and are filed after publicity ("filing"). */
export type ReportingKind = 'report' | 'filing';

export interface ResultReportingRules {
  reportWithinDays: number;
  fileWithinDays: number;
}

/** The plan's R-PB-4 deadlines, or null where its region sets none. */
export function resultReportingRulesOf(document: Record<string, unknown>): ResultReportingRules | null {
  const rules = document['resultReporting'] as Partial<ResultReportingRules> | null | undefined;
  if (!rules || typeof rules.reportWithinDays !== 'number' || typeof rules.fileWithinDays !== 'number') return null;
  return { reportWithinDays: rules.reportWithinDays, fileWithinDays: rules.fileWithinDays };
}

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
