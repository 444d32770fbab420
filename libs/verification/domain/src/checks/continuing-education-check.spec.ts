import { checkContinuingEducation, type CourseRecord } from './continuing-education-check';

const idNumber = '11010519491231002X';
const rules = { hoursPerYear: 90, years: [2020, 2021, 2022], spotCheckRate: 0.1 };
const course = (year: number, hours: number, courseCode = `C-${year}`): CourseRecord => ({
  id: `${year}-${courseCode}`,
  source: 'continuing-education',
  batchId: 'b1',
  receivedAt: new Date(0),
  idNumber,
  year,
  courseCode,
  provider: 'provider',
  hours,
});
const byFeed = { idNumber, promised: false, drawnForSpotCheck: false };

describe('continuing-education check (R-VF-1)', () => {
  it('passes with the hours in every year, adding up courses, citing them', () => {
    const verdict = checkContinuingEducation(byFeed, [course(2020, 90), course(2021, 45.5, 'a'), course(2021, 44.5, 'b'), course(2022, 120)], rules);
    expect(verdict).toMatchObject({ status: 'passed', settledBy: 'feed-data' });
    expect(verdict.status === 'passed' && verdict.evidence).toHaveLength(4);
  });

  it('fails a short year, which another year cannot make up', () => {
    const verdict = checkContinuingEducation(byFeed, [course(2020, 200), course(2021, 60), course(2022, 90)], rules);
    expect(verdict.status).toBe('failed');
    expect(verdict.reason).toContain('fewer than 90 hours in 2021');
    expect(verdict.reason).toContain('2021: 60 h');
  });

  it('is pending while a year has no hours in the feed, and ignores years the plan does not count', () => {
    const verdict = checkContinuingEducation(byFeed, [course(2019, 300), course(2020, 90), course(2022, 90)], rules);
    expect(verdict).toMatchObject({ status: 'pending' });
    expect(verdict.reason).toContain('2021');
  });

  it('passes on the promise alone, with no records, unless the spot check drew it', () => {
    expect(checkContinuingEducation({ idNumber, promised: true, drawnForSpotCheck: false }, [], rules)).toMatchObject({ status: 'passed', settledBy: 'promise' });
    expect(checkContinuingEducation({ idNumber, promised: true, drawnForSpotCheck: true }, [], rules).status).toBe('pending');
    expect(checkContinuingEducation({ idNumber, promised: true, drawnForSpotCheck: true }, [course(2020, 90), course(2021, 10), course(2022, 90)], rules).status).toBe('failed');
  });
});
