import { refuse, type EligibilityRule } from '../eligibility-rule';

/**
 * R-CT-3: a directed (定向) title is valid only in its county, so it supports a directed
 * declaration for the next level in that same county, and not a normal one (003 §1(9)).
 */
export const directedTitle: EligibilityRule = {
  id: 'R-CT-3',
  check: (profile) => {
    const heldIn = profile.heldTitle?.directedCounty;
    if (!heldIn) return [];
    if (profile.channel !== 'directed') {
      return [refuse('R-CT-3', 'channel', `定向评价取得的职称仅在${heldIn}有效，只能继续定向申报`, `a title held by directed evaluation (valid only in ${heldIn}) supports a directed declaration only`)];
    }
    if (profile.directedCounty !== heldIn) {
      return [refuse('R-CT-3', 'directedCounty', `现有定向职称仅在${heldIn}有效，不能用于${profile.directedCounty ?? '其他地区'}的定向申报`, `the title held is valid only in ${heldIn}, not in ${profile.directedCounty ?? 'another county'}`)];
    }
    return [];
  },
};
