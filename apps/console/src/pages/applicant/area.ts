import { page } from '../../lib/roles';

export const APPLICANT_PAGES = [
  page('/applicant/declarations', { 'zh-CN': '我的申报', en: 'My declarations' }, ['applicant'], () => import('./MyDeclarations')),
  page('/applicant/declarations/new', { 'zh-CN': '新建申报', en: 'New declaration' }, ['applicant'], () => import('./NewDeclaration')),
];
