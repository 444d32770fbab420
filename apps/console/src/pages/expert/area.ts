import { page } from '../../lib/roles';

export const EXPERT_PAGES = [
  page('/expert/panels', { 'zh-CN': '我的评审', en: 'My panels' }, ['expert'], () => import('./Panels')),
  page('/expert/panels/:id', { 'zh-CN': '评审会议', en: 'Meeting' }, ['expert'], () => import('./Panel'), { menu: false }),
];
