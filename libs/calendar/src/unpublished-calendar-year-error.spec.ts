import { UnpublishedCalendarYearError } from './unpublished-calendar-year-error';

describe('UnpublishedCalendarYearError', () => {
  it('names the year, says its arrangement is not known yet and what the calendar covers', () => {
    const error = new UnpublishedCalendarYearError(2027, [2004, 2005, 2006]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('UnpublishedCalendarYearError');
    expect(error.year).toBe(2027);
    expect(error.message).toBe(
      'The national holiday arrangement for 2027 is not known yet, so working days in 2027 cannot be counted ' +
        '(the calendar covers 2004–2006; update chinese-days once the State Council publishes it).',
    );
  });

  it('does not promise an update for a year before the data starts, and shows gaps', () => {
    const error = new UnpublishedCalendarYearError(2003, [2004, 2005, 2007]);
    expect(error.message).toBe(
      'The national holiday arrangement for 2003 is not known, so working days in 2003 cannot be counted (the calendar covers 2004–2005, 2007).',
    );
  });
});
