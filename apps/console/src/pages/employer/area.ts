import { page } from '../../lib/roles';

export const EMPLOYER_PAGES = [page('/employer/reviews', { 'zh-CN': '单位审核', en: 'Employer review' }, ['employer'], () => import('./ReviewQueue'))];
