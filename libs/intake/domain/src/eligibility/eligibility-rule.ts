import type { AnnualPlan } from '../plans/annual-plan.schema';
import type { ApplicantProfile } from './applicant-profile';

/** A refusal names the rule and says why, in Chinese and English, with the field at fault. */
export interface Refusal {
  ruleId: string;
  field: string;
  reason: { zh: string; en: string };
}

/** What the platform knows beyond the applicant's own statements. */
export interface EligibilityContext {
  plan: AnnualPlan;
  /** The submission date (CST calendar date). */
  today: string;
  /** R-EL-6: integrity-archive records of this person still active today. */
  activeIntegrityRecords: { recordId: string; activeUntil: string }[];
  /** R-EL-4: this person's other live declarations this year. */
  otherDeclarationsThisYear: { id: string; series: string }[];
  /** R-EL-5: committees this employer already sends this series and level to this year. */
  employerCommitteesForSeriesAndLevel: string[];
  /** R-EL-8: the committee this declaration would go to, or null when none covers it locally. */
  routedCommittee: string | null;
  /** R-EL-8: the entrustment letter the applicant names, as issued in the system (null: no such letter). */
  entrustmentLetter: EntrustmentLetterFacts | null;
}

/** A letter by which another region's committee takes declarations no local committee reviews. */
export interface EntrustmentLetterFacts {
  id: string;
  committeeId: string;
  fromRegion: string;
  series: string;
  levels: string[];
  /** Empty: every specialty of the series. */
  specialties: string[];
  validUntil: string;
}

export interface EligibilityRule {
  id: string;
  check(profile: ApplicantProfile, context: EligibilityContext): Refusal[];
}

export function refuse(ruleId: string, field: string, zh: string, en: string): Refusal {
  return { ruleId, field, reason: { zh, en } };
}

/** Whole years from `from` to `to` (ISO dates), counting a year only once its anniversary has passed. */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}
