import { page } from '../../lib/roles';

export const OFFICE_PAGES = [page('/office/reviews', { 'zh-CN': '材料审查', en: 'Material review' }, ['committee-office'], () => import('./ReviewQueue'))];
