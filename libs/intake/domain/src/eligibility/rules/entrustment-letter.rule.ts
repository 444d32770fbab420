import { refuse, type EligibilityRule, type Refusal } from '../eligibility-rule';

const FIELD = 'entrustmentLetterId';

/**
 * R-EL-8: without a local committee, an entrustment letter issued in the system is needed (000 §2,
 * 004 §4(4)): one that exists, was issued for this region, series, level and specialty, and is
 * still valid. The letter's committee then reviews the declaration.
 */
export const entrustmentLetter: EligibilityRule = {
  id: 'R-EL-8',
  check: (profile, { routedCommittee, entrustmentLetter: letter, plan, today }): Refusal[] => {
    if (routedCommittee !== null) return [];
    const id = profile.entrustmentLetterId;
    if (!id) return [refuse('R-EL-8', FIELD, '本地无相应评委会，须在系统中取得委托评审函', `no local committee reviews ${profile.series} ${profile.level}: an entrustment letter is required`)];
    if (letter === null) return [refuse('R-EL-8', FIELD, `系统中无编号为 ${id} 的委托评审函`, `no entrustment letter ${id} was issued in the system`)];
    const covers =
      letter.fromRegion === plan.region &&
      letter.series === profile.series &&
      letter.levels.includes(profile.level) &&
      (letter.specialties.length === 0 || letter.specialties.includes(profile.specialty));
    if (!covers) return [refuse('R-EL-8', FIELD, '委托评审函不适用于本申报的地区、系列、专业或层级', `entrustment letter ${id} does not cover ${plan.region} ${profile.series} ${profile.specialty} ${profile.level}`)];
    if (letter.validUntil < today) return [refuse('R-EL-8', FIELD, `委托评审函已于 ${letter.validUntil} 失效`, `entrustment letter ${id} expired on ${letter.validUntil}`)];
    return [];
  },
};
