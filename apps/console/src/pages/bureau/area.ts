import { page } from '../../lib/roles';

const BUREAU = ['bureau-admin'] as const;

/** The bureau's pages: plans first, as the landing page. */
export const BUREAU_PAGES = [
  page('/bureau/plans', { 'zh-CN': '年度计划', en: 'Annual plans' }, BUREAU, () => import('./Plans')),
  page('/bureau/plans/:id', { 'zh-CN': '年度计划详情', en: 'Annual plan' }, BUREAU, () => import('./PlanDetail'), { menu: false }),
  page('/bureau/committees', { 'zh-CN': '评委会管理', en: 'Committees' }, BUREAU, () => import('./Committees')),
  page('/bureau/meeting-applications', { 'zh-CN': '会议审批', en: 'Meeting applications' }, BUREAU, () => import('./MeetingApplications')),
  page('/bureau/cancellations', { 'zh-CN': '取消申报资格', en: 'Cancellations' }, BUREAU, () => import('./Cancellations')),
  page('/bureau/spot-checks', { 'zh-CN': '抽查', en: 'Spot checks' }, BUREAU, () => import('./SpotChecks')),
  page('/bureau/spot-checks/:id', { 'zh-CN': '抽查', en: 'Spot check' }, BUREAU, () => import('./SpotChecks'), { menu: false }),
  page('/bureau/feeds', { 'zh-CN': '数据对接', en: 'Data feeds' }, BUREAU, () => import('./Feeds')),
  page('/bureau/feeds/:batchId', { 'zh-CN': '数据批次', en: 'Feed batch' }, BUREAU, () => import('./FeedBatchDetail'), { menu: false }),
  // An inspector reads the same figures for their own region (GET /statistics scopes them).
  page('/bureau/statistics', { 'zh-CN': '统计分析', en: 'Statistics' }, ['bureau-admin', 'inspector'], () => import('./Statistics')),
  // Demos and test systems only (TEST_CLOCK): elsewhere the page says the system runs on the real date.
  page('/bureau/clock', { 'zh-CN': '演示时钟', en: 'Demo clock' }, BUREAU, () => import('./DemoClock')),
];
