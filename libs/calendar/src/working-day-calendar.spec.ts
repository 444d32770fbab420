import { addCalendarDays } from './calendar-date';
import { UnpublishedCalendarYearError } from './unpublished-calendar-year-error';
import { WorkingDayCalendar } from './working-day-calendar';

// Expected dates are worked out by hand from the State Council notices as recorded in chinese-days.
describe('WorkingDayCalendar', () => {
  const calendar = new WorkingDayCalendar();

  describe('National Day 2023: holidays 09-29..10-06, make-up workdays Sat 10-07 and Sun 10-08', () => {
    it('counts 5 working days from 09-27 as 09-28, 10-07, 10-08, 10-09, 10-10', () => {
      expect(calendar.addWorkingDays('2023-09-27', 1)).toBe('2023-09-28');
      expect(calendar.addWorkingDays('2023-09-27', 2)).toBe('2023-10-07');
      expect(calendar.addWorkingDays('2023-09-27', 3)).toBe('2023-10-08');
      expect(calendar.addWorkingDays('2023-09-27', 5)).toBe('2023-10-10');
    });

    it('does not count the start day, even on a working day, nor start on a holiday', () => {
      expect(calendar.addWorkingDays('2023-09-28', 1)).toBe('2023-10-07');
      expect(calendar.addWorkingDays('2023-10-01', 1)).toBe('2023-10-07');
    });

    it('finds a publicity of 09-27..10-08 one working day short of R-RV-1’s 5', () => {
      // 12 calendar days and 8 weekdays, but only 09-27, 09-28, 10-07, 10-08 are working days.
      expect(calendar.workingDaysBetween('2023-09-27', '2023-10-08')).toBe(4);
      expect(calendar.workingDaysBetween('2023-09-27', '2023-10-09')).toBe(5);
    });

    it('counts a range holding the holiday and the make-up Saturday', () => {
      // 09-25..28 (4) + 10-07, 10-08 (2) + 10-09..13 (5).
      expect(calendar.workingDaysBetween('2023-09-25', '2023-10-13')).toBe(11);
      expect(calendar.workingDaysBetween('2023-10-07', '2023-10-07')).toBe(1);
      expect(calendar.workingDaysBetween('2023-10-01', '2023-10-06')).toBe(0);
    });
  });

  it('Spring Festival 2024: holidays 02-10..02-17, make-up workdays Sun 02-04 and Sun 02-18', () => {
    expect(calendar.isWorkingDay('2024-02-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-02-09')).toBe(true); // 除夕 was not a day off in 2024
    expect(calendar.isWorkingDay('2024-02-12')).toBe(false);
    expect(calendar.isWorkingDay('2024-02-18')).toBe(true);
    expect(calendar.addWorkingDays('2024-02-01', 5)).toBe('2024-02-07'); // 02-02, 02-04, 02-05, 02-06, 02-07
    expect(calendar.addWorkingDays('2024-02-08', 3)).toBe('2024-02-19'); // 02-09, 02-18, 02-19
    expect(calendar.workingDaysBetween('2024-02-03', '2024-02-18')).toBe(7); // 02-04..09 (6) + 02-18
  });

  it('Labour Day 2024: holidays 05-01..05-05, make-up workdays Sun 04-28 and Sat 05-11', () => {
    expect(calendar.addWorkingDays('2024-04-26', 5)).toBe('2024-05-07'); // 04-28, 04-29, 04-30, 05-06, 05-07
    expect(calendar.workingDaysBetween('2024-05-06', '2024-05-12')).toBe(6); // Mon..Fri + Sat 05-11
  });

  it('Labour Day 2025: holidays 05-01..05-05, make-up workday Sun 04-27', () => {
    expect(calendar.isWorkingDay('2025-04-27')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-05')).toBe(false); // a Monday
    expect(calendar.addWorkingDays('2025-04-25', 5)).toBe('2025-05-06'); // 04-27, 04-28, 04-29, 04-30, 05-06
  });

  it('keeps its documented convention: the n working days run from the day after start to the result', () => {
    for (const start of ['2023-09-27', '2024-02-08', '2024-04-26', '2025-04-25', '2025-12-31']) {
      for (const n of [1, 5, 10]) {
        const end = calendar.addWorkingDays(start, n);
        expect(calendar.isWorkingDay(end)).toBe(true);
        expect(calendar.workingDaysBetween(addCalendarDays(start, 1), end)).toBe(n);
      }
    }
  });

  it('refuses nonsense arguments', () => {
    expect(() => calendar.addWorkingDays('2024-01-02', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2024-01-02', 1.5)).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2024-01-10', '2024-01-09')).toThrow('ends before it starts');
  });

  describe('regional overrides', () => {
    // Illustrative local data, keyed by division code.
    const regional = new WorkingDayCalendar([
      { region: '450000', extraHolidays: ['2024-04-11', '2024-04-12'] },
      { region: '540000', extraHolidays: ['2024-02-19'], extraWorkdays: ['2024-02-24', '2024-10-01'] },
    ]);

    it('makes a local holiday a day off in that region only', () => {
      expect(regional.isWorkingDay('2024-04-11', '450000')).toBe(false);
      expect(regional.isWorkingDay('2024-04-11', '540000')).toBe(true);
      expect(regional.isWorkingDay('2024-04-11')).toBe(true);
      expect(regional.isWorkingDay('2024-04-11', '110000')).toBe(true); // no override: national
      expect(regional.addWorkingDays('2024-04-10', 1, '450000')).toBe('2024-04-15');
      expect(regional.addWorkingDays('2024-04-10', 1)).toBe('2024-04-11');
      expect(regional.workingDaysBetween('2024-04-08', '2024-04-14', '450000')).toBe(3);
      expect(regional.workingDaysBetween('2024-04-08', '2024-04-14')).toBe(5);
    });

    it('lets a region declare local workdays, outranking the national calendar', () => {
      expect(regional.isWorkingDay('2024-02-24', '540000')).toBe(true); // a Saturday
      expect(regional.isWorkingDay('2024-02-24')).toBe(false);
      expect(regional.isWorkingDay('2024-10-01', '540000')).toBe(true);
      expect(regional.isWorkingDay('2024-02-19', '540000')).toBe(false);
    });
  });

  describe('years without a published arrangement', () => {
    const years = calendar.publishedYears();
    const nextYear = years[years.length - 1]! + 1;
    const lastDay = `${nextYear - 1}-12-31`;

    it('works in a covered year', () => {
      expect(years).toContain(2023);
      expect(() => calendar.assertPublished(2024)).not.toThrow();
      expect(calendar.workingDaysBetween(`${nextYear - 1}-12-01`, lastDay)).toBeGreaterThan(0);
    });

    it('refuses a date in an unpublished year in every method, never falling back to Monday–Friday', () => {
      const monday = `${nextYear}-01-04`;
      expect(() => calendar.assertPublished(nextYear)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.isWorkingDay(monday)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.isWorkingDay(`${years[0]! - 1}-12-31`)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.addWorkingDays(monday, 1)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.workingDaysBetween(monday, monday)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.isWorkingDay(monday)).toThrow(`The national holiday arrangement for ${nextYear} is not known yet`);
    });

    it('refuses a range or a count that crosses into an unpublished year', () => {
      expect(() => calendar.workingDaysBetween(`${nextYear - 1}-12-20`, `${nextYear}-01-05`)).toThrow(UnpublishedCalendarYearError);
      expect(() => calendar.addWorkingDays(`${nextYear - 1}-12-28`, 5)).toThrow(UnpublishedCalendarYearError);
      try {
        calendar.addWorkingDays(lastDay, 1);
        throw new Error('expected a refusal');
      } catch (error) {
        expect(error).toBeInstanceOf(UnpublishedCalendarYearError);
        expect((error as UnpublishedCalendarYearError).year).toBe(nextYear);
      }
    });

    it('reads an instant in Beijing time before deciding the year', () => {
      expect(calendar.isWorkingDay(new Date(`${lastDay}T15:59:59Z`))).toBe(calendar.isWorkingDay(lastDay));
      expect(() => calendar.isWorkingDay(new Date(`${lastDay}T16:00:00Z`))).toThrow(UnpublishedCalendarYearError);
    });
  });

  it('accepts a Date near midnight UTC as the Beijing calendar date', () => {
    // 2023-09-28T17:00Z is 01:00 on 09-29 in Beijing: the first day of the holiday.
    expect(calendar.isWorkingDay(new Date('2023-09-28T17:00:00Z'))).toBe(false);
    expect(calendar.isWorkingDay(new Date('2023-09-28T15:59:59Z'))).toBe(true);
    expect(calendar.addWorkingDays(new Date('2023-09-27T16:30:00Z'), 1)).toBe('2023-10-07');
    expect(calendar.workingDaysBetween(new Date('2023-09-26T16:00:00Z'), new Date('2023-10-08T15:59:59Z'))).toBe(4);
  });
});
