import { UnpublishedCalendarYearError, WorkingDayCalendar } from '@zc/calendar';
import { readyForPublicity, windowFrom, windowOutcome, workingDayWindow } from './publicity';

const known = { applicantName: '张三', idNumber: '11010519491231002X', employerCreditCode: 'X', series: 'engineering', level: 'senior', region: 'tianjin' };

describe('publicity', () => {
  it('opens only for a passed result whose applicant is known', () => {
    expect(readyForPublicity({ ...known, outcome: 'passed' })).toBe(true);
    expect(readyForPublicity({ ...known, outcome: 'failed' })).toBe(false);
    expect(readyForPublicity({ ...known, applicantName: null, outcome: 'passed' })).toBe(false);
  });

  it('closes the window its length after it opens', () => {
    const { closesAt } = windowFrom(new Date('2026-01-05T00:00:00Z'), 60_000);
    expect(closesAt.toISOString()).toBe('2026-01-05T00:01:00.000Z');
  });
});

describe('what becomes of a result on display (R-PB-2, R-PB-3)', () => {
  it('publishes at the end without open or upheld objections', () => {
    expect(windowOutcome({ due: true, openObjections: 0, upheldObjections: 0 })).toBe('publish');
    expect(windowOutcome({ due: false, openObjections: 0, upheldObjections: 0 })).toBe('wait');
  });

  it('holds a result while an objection is open, and withholds it once one is upheld', () => {
    expect(windowOutcome({ due: true, openObjections: 1, upheldObjections: 0 })).toBe('hold');
    expect(windowOutcome({ due: false, openObjections: 1, upheldObjections: 1 })).toBe('withhold');
    expect(windowOutcome({ due: true, openObjections: 0, upheldObjections: 1 })).toBe('withhold');
  });
});

describe('result publicity in working days (R-PB-1)', () => {
  const calendar = new WorkingDayCalendar();

  it('runs five working days from the next day and closes at the end of the last, in China Standard Time', () => {
    const window = workingDayWindow(new Date('2023-12-04T15:00:00+08:00'), 5, calendar); // a Monday
    expect(window.lastDay).toBe('2023-12-11');
    expect(window.closesAt.toISOString()).toBe('2023-12-11T16:00:00.000Z'); // 2023-12-12 00:00 in Beijing
  });

  it('skips the National Day holiday and counts its make-up workdays (调休)', () => {
    // 2023-09-29..10-06 off; Saturday 10-07 and Sunday 10-08 are workdays.
    const window = workingDayWindow(new Date('2023-09-27T10:00:00+08:00'), 5, calendar);
    expect(window.lastDay).toBe('2023-10-10'); // 09-28, 10-07, 10-08, 10-09, 10-10
  });

  it('refuses a year whose calendar is not published rather than guess Monday to Friday', () => {
    expect(() => workingDayWindow(new Date('2031-03-01T10:00:00+08:00'), 5, calendar)).toThrow(UnpublishedCalendarYearError);
  });
});
