import { addCalendarDays, dayOfWeek, endOfCalendarDay, toCalendarDate, yearOf } from './calendar-date';

describe('calendar dates in China Standard Time', () => {
  it('reads an instant as the Beijing calendar date, which is 8 hours ahead of UTC', () => {
    expect(toCalendarDate(new Date('2023-09-28T17:00:00Z'))).toBe('2023-09-29');
    expect(toCalendarDate(new Date('2023-09-28T15:59:59.999Z'))).toBe('2023-09-28');
    expect(toCalendarDate(new Date('2023-09-28T16:00:00Z'))).toBe('2023-09-29');
    expect(toCalendarDate(new Date('2023-12-31T16:00:00Z'))).toBe('2024-01-01');
    expect(toCalendarDate(new Date('2024-01-01T07:59:59+08:00'))).toBe('2024-01-01');
  });

  it('passes calendar dates through and refuses anything else', () => {
    expect(toCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(() => toCalendarDate('2023-02-29')).toThrow(RangeError);
    expect(() => toCalendarDate('2023-02-30')).toThrow('"2023-02-30" is not a calendar date in the form YYYY-MM-DD');
    expect(() => toCalendarDate('2023-9-1')).toThrow(RangeError);
    // A timestamp string depends on a time zone: callers pass a Date for that.
    expect(() => toCalendarDate('2023-09-28T17:00:00Z')).toThrow(RangeError);
    expect(() => toCalendarDate(new Date('not a date'))).toThrow('Invalid Date');
  });

  it('adds calendar days across month, leap-day and year ends', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2024-01-01', -1)).toBe('2023-12-31');
  });

  it('knows the day of the week and the year', () => {
    expect(dayOfWeek('2023-10-07')).toBe(6);
    expect(dayOfWeek('2023-10-08')).toBe(0);
    expect(dayOfWeek('2023-10-09')).toBe(1);
    expect(yearOf('2023-10-07')).toBe(2023);
  });

  it('ends a day at midnight in Beijing, 16:00 UTC', () => {
    expect(endOfCalendarDay('2023-09-28').toISOString()).toBe('2023-09-28T16:00:00.000Z');
    expect(endOfCalendarDay('2023-12-31').toISOString()).toBe('2023-12-31T16:00:00.000Z');
  });
});
