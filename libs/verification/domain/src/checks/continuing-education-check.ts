import type { PlanVerificationRules } from '@zc/contracts';
import type { ContinuingEducationRow } from '../feeds/continuing-education-row';
import type { CheckVerdict, WithProvenance } from './check-verdict';

export type CourseRecord = WithProvenance<ContinuingEducationRow>;
type Rules = PlanVerificationRules['continuingEducation'];

/**
 * Continuing education under the promise system (R-VF-1). An applicant who promised passes on the
 * promise, unless the bureau's spot check drew them; then, like an applicant who did not promise,
 * they are judged on the feed: at least the plan's hours in each of the plan's years, no year making
 * up for another (Jilin: no make-up, 003 §3(3)). A year the feed has nothing for is not yet known.
 */
export function checkContinuingEducation(
  declaration: { idNumber: string; promised: boolean; drawnForSpotCheck: boolean },
  records: readonly CourseRecord[],
  rules: Rules,
): CheckVerdict {
  if (declaration.promised && !declaration.drawnForSpotCheck) {
    return {
      status: 'passed',
      settledBy: 'promise',
      reason: `the applicant promised ${rules.hoursPerYear} hours a year in ${rules.years.join(', ')} (R-VF-1); subject to the bureau's spot check`,
      evidence: [],
    };
  }
  return hoursAgainstFeed(declaration.idNumber, records, rules);
}

function hoursAgainstFeed(idNumber: string, records: readonly CourseRecord[], rules: Rules): CheckVerdict {
  const counted = records.filter((r) => r.idNumber === idNumber && rules.years.includes(r.year));
  const hoursIn = (year: number) => counted.filter((r) => r.year === year).reduce((sum, r) => sum + Number(r.hours), 0);
  const unknown = rules.years.filter((year) => !counted.some((r) => r.year === year));
  if (unknown.length > 0) return { status: 'pending', reason: `the continuing-education feed holds no hours for this person in ${unknown.join(', ')} yet` };

  const perYear = rules.years.map((year) => `${year}: ${round(hoursIn(year))} h`).join(', ');
  const short = rules.years.filter((year) => hoursIn(year) < rules.hoursPerYear);
  if (short.length === 0) {
    return { status: 'passed', settledBy: 'feed-data', reason: `at least ${rules.hoursPerYear} hours in each year (${perYear}) (R-VF-1)`, evidence: counted };
  }
  return {
    status: 'failed',
    settledBy: 'feed-data',
    reason: `fewer than ${rules.hoursPerYear} hours in ${short.join(', ')} (${perYear}); hours of one year do not make up another (R-VF-1)`,
    evidence: counted,
  };
}

const round = (hours: number) => Math.round(hours * 10) / 10;
