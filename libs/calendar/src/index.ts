export { addCalendarDays, endOfCalendarDay, type CalendarDate, type CalendarDateInput, toCalendarDate, yearOf } from './calendar-date';
export { type RegionalOverride } from './regional-overrides';
export { UnpublishedCalendarYearError } from './unpublished-calendar-year-error';
export { WorkingDayCalendar } from './working-day-calendar';
