import { page } from '../../lib/roles';

export const INSPECTOR_PAGES = [page('/inspector/findings', { 'zh-CN': '实时监督', en: 'Live findings' }, ['inspector'], () => import('./Findings'))];
