import { page } from '../../lib/roles';

const OFFICE = ['committee-office'] as const;

export const OFFICE_PAGES = [
  page('/office/reviews', { 'zh-CN': '材料审查', en: 'Material review' }, OFFICE, () => import('./ReviewQueue')),
  page('/office/committees', { 'zh-CN': '评委会与专家库', en: 'Committees and pools' }, OFFICE, () => import('./Committees')),
  page('/office/manual-reviews', { 'zh-CN': '核验人工复核', en: 'Manual reviews' }, OFFICE, () => import('./ManualReviews')),
  page('/office/review-plans', { 'zh-CN': '评审方案', en: 'Review plans' }, OFFICE, () => import('./ReviewPlans')),
  page('/office/review-plans/:id', { 'zh-CN': '评审方案详情', en: 'Review plan' }, OFFICE, () => import('./ReviewPlan'), { menu: false }),
  page('/office/objections', { 'zh-CN': '异议处理', en: 'Objections' }, OFFICE, () => import('./Objections')),
  page('/office/reporting-duties', { 'zh-CN': '结果报送', en: 'Result reporting' }, OFFICE, () => import('./ReportingDuties')),
];
