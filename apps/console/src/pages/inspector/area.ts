import { page } from '../../lib/roles';

const INSPECTORS = ['inspector'] as const;

/** The inspector's pages (R-SV-*): live findings first, as the landing page. */
export const INSPECTOR_PAGES = [
  page('/inspector/findings', { 'zh-CN': '实时监督', en: 'Live findings' }, INSPECTORS, () => import('./Findings')),
  page('/inspector/findings/:id', { 'zh-CN': '监督发现详情', en: 'Finding' }, INSPECTORS, () => import('./FindingDetail'), { menu: false }),
  page('/inspector/timelines', { 'zh-CN': '案件时间线', en: 'Case timelines' }, INSPECTORS, () => import('./CaseTimeline')),
  page('/inspector/timelines/:caseId', { 'zh-CN': '案件时间线', en: 'Case timeline' }, INSPECTORS, () => import('./CaseTimeline'), { menu: false }),
  page('/inspector/draws', { 'zh-CN': '专家抽取见证', en: 'Witness a draw' }, INSPECTORS, () => import('./DrawWitness')),
  page('/inspector/draws/:planId', { 'zh-CN': '专家抽取见证', en: 'Witness a draw' }, INSPECTORS, () => import('./DrawWitness'), { menu: false }),
  page('/inspector/spot-checks', { 'zh-CN': '抽查见证', en: 'Witness a spot check' }, INSPECTORS, () => import('./SpotCheckWitness')),
  page('/inspector/spot-checks/:id', { 'zh-CN': '抽查见证', en: 'Witness a spot check' }, INSPECTORS, () => import('./SpotCheckWitness'), { menu: false }),
  page('/inspector/audit', { 'zh-CN': '审计链核验', en: 'Audit chain' }, INSPECTORS, () => import('./AuditChain')),
  page('/inspector/subscriptions', { 'zh-CN': '订阅与推送', en: 'Subscriptions' }, INSPECTORS, () => import('./Subscriptions')),
  page('/inspector/subscriptions/:id', { 'zh-CN': '订阅详情', en: 'Subscription' }, INSPECTORS, () => import('./SubscriptionDetail'), { menu: false }),
  page('/inspector/integrity-records', { 'zh-CN': '诚信档案', en: 'Integrity archive' }, INSPECTORS, () => import('./IntegrityRecords')),
];
