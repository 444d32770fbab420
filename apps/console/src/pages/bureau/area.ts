import { page } from '../../lib/roles';

export const BUREAU_PAGES = [page('/bureau/plans', { 'zh-CN': '年度计划', en: 'Annual plans' }, ['bureau-admin'], () => import('./Plans'))];
