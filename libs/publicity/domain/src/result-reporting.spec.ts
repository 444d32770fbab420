import { reportedLate, reportingDueAt } from './result-reporting';

describe('result reporting deadlines (R-PB-4)', () => {
  it('reports by the end of the next day (Jilin 次日), counted on the Beijing calendar', () => {
    // 23:30 in Beijing on 09-28 is still 09-28 there, though 15:30 UTC.
    const reviewEnded = new Date('2023-09-28T23:30:00+08:00');
    expect(reportingDueAt(reviewEnded, 1).toISOString()).toBe('2023-09-29T16:00:00.000Z');
    // 00:30 in Beijing on 09-29 is the next day.
    expect(reportingDueAt(new Date('2023-09-29T00:30:00+08:00'), 1).toISOString()).toBe('2023-09-30T16:00:00.000Z');
  });

  it('files within 3 calendar days of publicity, holidays included (3天内 is not working days)', () => {
    const publicityEnded = new Date('2023-09-29T00:00:00+08:00'); // the first day of the National Day holiday
    expect(reportingDueAt(publicityEnded, 3).toISOString()).toBe('2023-10-02T16:00:00.000Z');
  });

  it('is late only after the deadline', () => {
    const due = new Date('2023-09-29T16:00:00Z');
    expect(reportedLate(due, new Date('2023-09-29T16:00:00Z'))).toBe(false);
    expect(reportedLate(due, new Date('2023-09-29T16:00:00.001Z'))).toBe(true);
  });
});
