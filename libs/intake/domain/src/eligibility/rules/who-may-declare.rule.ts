import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-1: HK/Macau/Taiwan staff may declare; foreigners need a work permit or permanent residence (000 §1). */
export const whoMayDeclare: EligibilityRule = {
  id: 'R-EL-1',
  check: (profile) =>
    profile.origin === 'foreign' && profile.foreignerPermit === 'none'
      ? [refuse('R-EL-1', 'foreignerPermit', '外籍人才须持有外国人来华工作许可证或外国人永久居留身份证', 'a foreign national needs a work permit or permanent residence to declare')]
      : [],
};
