/**
 * Thrown for any date in a year whose national holiday arrangement (the State Council's notice,
 * usually published in the November or December before) is not in the calendar data. Counting
 * Monday to Friday instead would silently shorten or lengthen legally required periods.
 */
export class UnpublishedCalendarYearError extends Error {
  override readonly name = 'UnpublishedCalendarYearError';

  constructor(
    readonly year: number,
    readonly publishedYears: readonly number[],
  ) {
    const future = publishedYears.every((published) => published < year);
    super(
      `The national holiday arrangement for ${year} is not known${future ? ' yet' : ''}, so working days in ${year} ` +
        `cannot be counted (the calendar covers ${describeYears(publishedYears)}` +
        `${future ? '; update chinese-days once the State Council publishes it' : ''}).`,
    );
  }
}

/** `2004–2026`, or `2004–2010, 2012` should the data ever have a gap. */
function describeYears(years: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === (years[j] as number) + 1) j++;
    runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.length > 0 ? runs.join(', ') : 'no years';
}
