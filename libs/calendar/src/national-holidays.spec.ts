import { isWorkday } from 'chinese-days';
import { addCalendarDays } from './calendar-date';
import { isNationallyPublished, isNationalWorkingDay, nationallyPublishedYears } from './national-holidays';

describe('the national holiday arrangement from chinese-days', () => {
  it('covers 2004 to 2026 in chinese-days 1.5.7 (update this when upgrading the package)', () => {
    const years = nationallyPublishedYears();
    expect(years).toEqual(Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i));
    expect(isNationallyPublished(2026)).toBe(true);
    expect(isNationallyPublished(2027)).toBe(false);
    expect(isNationallyPublished(2003)).toBe(false);
  });

  it('counts make-up weekend workdays and skips weekday holidays (National Day 2023)', () => {
    expect(isNationalWorkingDay('2023-09-28')).toBe(true);
    expect(isNationalWorkingDay('2023-09-29')).toBe(false); // Friday, Mid-autumn
    expect(isNationalWorkingDay('2023-10-02')).toBe(false); // Monday, National Day
    expect(isNationalWorkingDay('2023-10-07')).toBe(true); // Saturday, 调休
    expect(isNationalWorkingDay('2023-10-08')).toBe(true); // Sunday, 调休
    expect(isNationalWorkingDay('2023-10-14')).toBe(false); // an ordinary Saturday
  });

  // The package builds its tables and reads dates in local time, and goes wrong by a day west of
  // UTC (whatever the input), which is why this library reads the data file instead. So the
  // comparison only means something where the package itself works: at or east of UTC.
  const packageWorksHere = new Date(2023, 0, 1).getTimezoneOffset() <= 0 && new Date(2023, 6, 1).getTimezoneOffset() <= 0;
  (packageWorksHere ? it : it.skip)('agrees with the package on every day of every covered year', () => {
    // Asked with a local-midnight Date, which the package reads back as the intended day.
    const disagreements: string[] = [];
    for (const year of nationallyPublishedYears()) {
      for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addCalendarDays(date, 1)) {
        const local = new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
        if (isNationalWorkingDay(date) !== isWorkday(local)) disagreements.push(date);
      }
    }
    expect(disagreements).toEqual([]);
  });
});
