import { addCalendarDays, toCalendarDate, type CalendarDate } from '@zc/calendar';
import { DeclarationStatusChanged, type EventOf } from '@zc/contracts';

/** R-SV-1: an integrity record bars its person for 3 years. */
export const INTEGRITY_RECORD_YEARS = 3;

export interface IntegrityRecordDraft {
  id: string;
  idNumber: string;
  declarationId: string;
  ruleId: string;
  reason: string;
  recordedOn: CalendarDate;
  activeUntil: CalendarDate;
  evidence: string[];
}

/** The last day a record made on `recordedOn` is active: the day before its third anniversary (29 Feb counts from 1 Mar). */
export function integrityRecordActiveUntil(recordedOn: CalendarDate): CalendarDate {
  const [year, month, day] = recordedOn.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(year + INTEGRITY_RECORD_YEARS, month - 1, day)).toISOString().slice(0, 10);
  return addCalendarDays(anniversary, -1);
}

/**
 * A fraud outcome (a declaration cancelled or a title revoked for false materials, plagiarism or
 * a false promise: R-SV-1, R-VF-1) becomes the person's integrity record; one per declaration.
 */
export function integrityRecordOf(event: EventOf<typeof DeclarationStatusChanged>, idNumber: string | null | undefined): IntegrityRecordDraft | null {
  const { declarationId, to, fraud, on } = event.data;
  if (!fraud || !idNumber || !['cancelled', 'revoked'].includes(to)) return null;
  const recordedOn = on ?? toCalendarDate(new Date(event.time));
  return {
    id: `IR-${declarationId}`,
    idNumber,
    declarationId,
    ruleId: fraud.ruleId,
    reason: `${fraud.ruleId}: ${fraud.finding}`,
    recordedOn,
    activeUntil: integrityRecordActiveUntil(recordedOn),
    evidence: [event.id],
  };
}
