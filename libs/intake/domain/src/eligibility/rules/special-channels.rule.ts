import { refuse, type EligibilityRule, type Refusal } from '../eligibility-rule';

/**
 * R-EL-11: a special channel must be open in the plan, and its evidence uploaded; "3010" needs
 * ≥30 years at the grassroots with ≥10 at intermediate (003 §2(2)); where the plan asks for
 * peer-expert recommendations, at least two full-senior experts (004 §4(6)). A directed (定向)
 * declaration names the county its title will be valid in, and only a directed one does (R-CT-3).
 */
export const specialChannels: EligibilityRule = {
  id: 'R-EL-11',
  check: (profile, { plan }) => {
    const directed = profile.channel === 'directed';
    if (directed !== Boolean(profile.directedCounty)) {
      return [
        directed
          ? refuse('R-EL-11', 'directedCounty', '定向评价须填写定向县（市、区）', 'a directed declaration names the county its title will be valid in (R-CT-3)')
          : refuse('R-EL-11', 'directedCounty', '仅定向评价填写定向县（市、区）', 'only a directed declaration names a county'),
      ];
    }
    if (profile.channel === 'normal') return [];
    const channel = plan.channels[profile.channel];
    if (!channel) {
      return [refuse('R-EL-11', 'channel', `${plan.region}${plan.year}年度未开放该申报渠道`, `the ${profile.channel} channel is not open in ${plan.region} ${plan.year}`)];
    }
    const refusals: Refusal[] = channel.evidence
      .filter((evidence) => !profile.evidence.includes(evidence))
      .map((evidence) => refuse('R-EL-11', 'evidence', `缺少${profile.channel}渠道所需材料：${evidence}`, `the ${profile.channel} channel needs evidence: ${evidence}`));
    if (channel.evidence.includes('peer-expert-recommendations') && profile.seniorExpertRecommendations < 2) {
      refusals.push(refuse('R-EL-11', 'seniorExpertRecommendations', '破格申报须有2名以上正高级同行专家推荐', 'exceptional declarations need at least two full-senior peer experts’ recommendations'));
    }
    if (profile.channel === 'grassroots-3010' && (profile.grassrootsServiceYears < 30 || profile.yearsAtIntermediate < 10)) {
      refusals.push(refuse('R-EL-11', 'grassrootsServiceYears', '“3010”渠道须基层工作满30年且取得中级职称满10年', 'the 3010 channel needs 30 years at the grassroots and 10 at intermediate level'));
    }
    return refusals;
  },
};
