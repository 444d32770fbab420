import { page } from '../../lib/roles';

/** Pages about one declaration, for everyone intake lets read it (it checks each reader's scope). */
export const DECLARATION_PAGES = [
  page('/declarations/:id', { 'zh-CN': '申报详情', en: 'Declaration' }, ['applicant', 'employer', 'department', 'committee-office', 'inspector', 'bureau-admin'], () => import('./DeclarationDetail'), { menu: false }),
];
