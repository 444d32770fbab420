import { refuse, type EligibilityRule } from '../eligibility-rule';

const NAMES: Record<string, string> = {
  'civil-servant': '公务员',
  'civil-servant-managed': '参照公务员法管理的人员',
  retiree: '离退休人员',
  'public-institution-management-post': '事业单位管理岗位人员',
};

/** R-EL-2: civil servants, staff managed as such and retirees may not declare; Jilin adds management posts (plan data). */
export const excludedCategories: EligibilityRule = {
  id: 'R-EL-2',
  check: (profile, { plan }) =>
    (plan.excludedCategories as string[]).includes(profile.personCategory)
      ? [refuse('R-EL-2', 'personCategory', `${NAMES[profile.personCategory]}不得申报职称评审`, `${profile.personCategory} may not declare in ${plan.region} ${plan.year}`)]
      : [],
};
