import type { DeclaredEducation, PlanVerificationRules } from '@zc/contracts';
import type { DegreeRow } from '../feeds/degree-row';
import type { CheckVerdict, WithProvenance } from './check-verdict';

export type DegreeRecord = WithProvenance<DegreeRow>;

/**
 * Degree check (R-VF-3): the declared degree is found in the degree feed, and the full years from
 * graduation to the plan's qualification cut-off (R-EL-9) meet the plan's minimum for the level.
 * Full-time and part-time degrees count alike. A person the feed does not know yet is pending; a
 * person it knows with no matching degree goes to the committee office, since a typo in a school's
 * name must not fail anyone.
 */
export function checkDegree(
  declaration: { idNumber: string; level: string; education: DeclaredEducation },
  records: readonly DegreeRecord[],
  rules: PlanVerificationRules['degree'],
  qualificationCutoff: string,
): CheckVerdict {
  const declared = declaration.education;
  const own = records.filter((r) => r.idNumber === declaration.idNumber);
  if (own.length === 0) return { status: 'pending', reason: 'the degree feed holds no degree for this person yet' };

  const match = own.find(
    (r) =>
      r.degree === declared.degree &&
      sameName(r.institution, declared.institution) &&
      (declared.certificateNumber === undefined || r.certificateNumber === declared.certificateNumber.toUpperCase()),
  );
  if (!match) {
    const held = own.map((r) => `${r.degree} from ${r.institution} (${r.graduatedOn}, certificate ${r.certificateNumber})`).join('; ');
    return {
      status: 'manual-review',
      reason: `declared ${declared.degree} from ${declared.institution} is not in the degree feed, which holds: ${held} (R-VF-3)`,
      evidence: own,
    };
  }

  const years = fullYearsBetween(match.graduatedOn, qualificationCutoff);
  const minimum = rules.minimumYearsSinceGraduation[declaration.level]?.[match.degree];
  const facts = `${match.degree} from ${match.institution}, ${match.studyMode} (full-time and part-time count alike, R-VF-3), graduated ${match.graduatedOn}: ${years} full years by the cut-off ${qualificationCutoff} (R-EL-9)`;
  if (minimum === undefined) {
    return { status: 'passed', settledBy: 'feed-data', reason: `${facts}; the plan sets no minimum for a ${match.degree} at ${declaration.level} level`, evidence: [match] };
  }
  if (years >= minimum) return { status: 'passed', settledBy: 'feed-data', reason: `${facts}, at least ${minimum} required`, evidence: [match] };
  return { status: 'failed', settledBy: 'feed-data', reason: `${facts}, fewer than the ${minimum} required for ${declaration.level} level`, evidence: [match] };
}

/** Whole years from `from` to `to` (ISO dates), as an age is counted. */
export function fullYearsBetween(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
