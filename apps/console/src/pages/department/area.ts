import { page } from '../../lib/roles';

export const DEPARTMENT_PAGES = [page('/department/reviews', { 'zh-CN': '主管部门审核', en: 'Department review' }, ['department'], () => import('./ReviewQueue'))];
