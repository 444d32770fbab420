import type { PageMessages } from '../../i18n/locale';

type Key =
  | 'detail.title'
  | 'detail.detail'
  | 'detail.evidence'
  | 'detail.history'
  | 'detail.by'
  | 'detail.severity'
  | 'detail.subject'
  | 'detail.timeline'
  | 'timeline.title'
  | 'timeline.case'
  | 'timeline.open'
  | 'timeline.empty'
  | 'timeline.data'
  | 'timeline.count'
  | 'draw.title'
  | 'draw.plan'
  | 'draw.check'
  | 'draw.verifies'
  | 'draw.fails'
  | 'draw.seedMatches'
  | 'draw.panelsMatch'
  | 'draw.yes'
  | 'draw.no'
  | 'draw.inputs'
  | 'draw.sealed'
  | 'draw.commitment'
  | 'draw.revealedSeed'
  | 'draw.witnessInput'
  | 'draw.panels'
  | 'draw.specialty'
  | 'draw.size'
  | 'draw.substitutes'
  | 'draw.experts'
  | 'draw.declarations'
  | 'draw.witness'
  | 'draw.witnessDone'
  | 'audit.title'
  | 'audit.check'
  | 'audit.intact'
  | 'audit.broken'
  | 'audit.checked'
  | 'audit.head'
  | 'audit.anchor'
  | 'audit.noAnchor'
  | 'audit.firstBroken'
  | 'audit.reason'
  | 'subs.title'
  | 'subs.new'
  | 'subs.delivery'
  | 'subs.stream'
  | 'subs.webhook'
  | 'subs.url'
  | 'subs.committees'
  | 'subs.series'
  | 'subs.ruleIds'
  | 'subs.severities'
  | 'subs.listHint'
  | 'subs.create'
  | 'subs.created'
  | 'subs.secretOnce'
  | 'subs.active'
  | 'subs.ended'
  | 'subs.createdAt'
  | 'subs.filters'
  | 'subs.end'
  | 'subs.deliveries'
  | 'subs.seq'
  | 'subs.attempts'
  | 'subs.lastStatus'
  | 'subs.lastError'
  | 'subs.deliveredAt'
  | 'subs.replay'
  | 'subs.fromSeq'
  | 'subs.replayed'
  | 'subs.cursor'
  | 'integrity.title'
  | 'integrity.idNumber'
  | 'integrity.search'
  | 'integrity.activeOnly'
  | 'integrity.all'
  | 'integrity.declaration'
  | 'integrity.reason'
  | 'integrity.recordedOn'
  | 'integrity.activeUntil'
  | 'spot.title'
  | 'spot.id'
  | 'spot.open'
  | 'spot.plan'
  | 'spot.rate'
  | 'spot.population'
  | 'spot.commitment'
  | 'spot.drawn'
  | 'spot.reproduced'
  | 'spot.witness'
  | 'spot.witnessInput'
  | 'spot.checks'
  | 'spot.verifies'
  | 'spot.fails'
  | 'draw.highSkill';

export const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    'detail.title': '监督发现详情',
    'detail.detail': '情况说明',
    'detail.evidence': '依据事件',
    'detail.history': '处理记录',
    'detail.by': '经办人',
    'detail.severity': '严重程度',
    'detail.subject': '所涉案件',
    'detail.timeline': '查看案件时间线',
    'timeline.title': '案件时间线',
    'timeline.case': '案件编号（申报、评委会或评审方案）',
    'timeline.open': '打开',
    'timeline.empty': '此案件暂无事件',
    'timeline.data': '事件内容',
    'timeline.count': '共 {n} 个事件',
    'draw.title': '专家抽取见证',
    'draw.plan': '评审方案编号',
    'draw.check': '核验抽取',
    'draw.verifies': '抽取结果可复现：种子与承诺一致，重新计算得到相同的评审组',
    'draw.fails': '抽取结果无法复现',
    'draw.seedMatches': '公开种子与事先承诺一致',
    'draw.panelsMatch': '重新计算的评审组与记录一致',
    'draw.yes': '是',
    'draw.no': '否',
    'draw.inputs': '公开输入',
    'draw.sealed': '会议开始前，专家库与回避信息保密（R-CM-5），仅公开承诺、评审组设置与数量。',
    'draw.commitment': '种子承诺（SHA-256）',
    'draw.revealedSeed': '公开的种子',
    'draw.witnessInput': '见证人输入',
    'draw.panels': '评审组设置',
    'draw.specialty': '专业',
    'draw.size': '人数',
    'draw.substitutes': '候补',
    'draw.experts': '专家库人数',
    'draw.declarations': '参评申报数',
    'draw.witness': '现场见证抽取（输入见证数）',
    'draw.witnessDone': '已抽取',
    'audit.title': '审计链核验',
    'audit.check': '重新核验',
    'audit.intact': '审计链完整',
    'audit.broken': '审计链断裂',
    'audit.checked': '已核验记录数',
    'audit.head': '链头',
    'audit.anchor': '最近的外部锚点',
    'audit.noAnchor': '尚无锚点',
    'audit.firstBroken': '首个断点',
    'audit.reason': '原因',
    'subs.title': '订阅与推送',
    'subs.new': '新建订阅',
    'subs.delivery': '推送方式',
    'subs.stream': '实时流',
    'subs.webhook': 'Webhook 回调',
    'subs.url': '回调地址',
    'subs.committees': '评委会（逗号分隔）',
    'subs.series': '系列（逗号分隔）',
    'subs.ruleIds': '规则编号（逗号分隔）',
    'subs.severities': '严重程度',
    'subs.listHint': '留空表示本地区全部',
    'subs.create': '创建',
    'subs.created': '订阅已创建',
    'subs.secretOnce': '签名密钥只显示这一次，请妥善保存：',
    'subs.active': '有效',
    'subs.ended': '已停止',
    'subs.createdAt': '创建时间',
    'subs.filters': '筛选条件',
    'subs.end': '停止订阅',
    'subs.deliveries': '推送记录',
    'subs.seq': '序号',
    'subs.attempts': '尝试次数',
    'subs.lastStatus': '最近应答',
    'subs.lastError': '最近错误',
    'subs.deliveredAt': '送达时间',
    'subs.replay': '重新推送',
    'subs.fromSeq': '从序号',
    'subs.replayed': '已重新排队 {n} 条',
    'subs.cursor': '已推送至序号',
    'integrity.title': '诚信档案',
    'integrity.idNumber': '证件号码',
    'integrity.search': '查询',
    'integrity.activeOnly': '仅有效记录',
    'integrity.all': '全部',
    'integrity.declaration': '申报',
    'integrity.reason': '事由',
    'integrity.recordedOn': '记录日期',
    'integrity.activeUntil': '有效期至',
    'spot.title': '抽查见证',
    'spot.id': '抽查编号',
    'spot.open': '打开',
    'spot.plan': '年度计划',
    'spot.rate': '抽查比例',
    'spot.population': '抽查范围（件）',
    'spot.commitment': '种子承诺',
    'spot.drawn': '抽中',
    'spot.reproduced': '重新抽取结果一致',
    'spot.witness': '见证抽取',
    'spot.witnessInput': '见证人输入（如当日开奖号码）',
    'spot.checks': '核查结果',
    'spot.verifies': '抽取结果可复现：种子与承诺一致，重新抽取得到相同的样本',
    'spot.fails': '抽取结果无法复现',
    'draw.highSkill': '高技能专家至少（R-CM-3）',
  },
  en: {
    'detail.title': 'Finding',
    'detail.detail': 'What was found',
    'detail.evidence': 'Evidence (events)',
    'detail.history': 'History',
    'detail.by': 'By',
    'detail.severity': 'Severity',
    'detail.subject': 'Case',
    'detail.timeline': 'Open the case timeline',
    'timeline.title': 'Case timeline',
    'timeline.case': 'Case id (declaration, committee or review plan)',
    'timeline.open': 'Open',
    'timeline.empty': 'No events about this case',
    'timeline.data': 'Event data',
    'timeline.count': '{n} events',
    'draw.title': 'Witness an expert draw',
    'draw.plan': 'Review plan id',
    'draw.check': 'Check the draw',
    'draw.verifies': 'The draw verifies: the seed matches its commitment and recomputing gives the same panels',
    'draw.fails': 'The draw does NOT verify',
    'draw.seedMatches': 'Revealed seed matches the commitment',
    'draw.panelsMatch': 'Recomputed panels match the record',
    'draw.yes': 'yes',
    'draw.no': 'no',
    'draw.inputs': 'Public inputs',
    'draw.sealed': 'Until the meeting opens the pool and its conflicts stay sealed (R-CM-5): only the commitment, the panel specs and the counts are public.',
    'draw.commitment': 'Seed commitment (SHA-256)',
    'draw.revealedSeed': 'Revealed seed',
    'draw.witnessInput': 'Witness input',
    'draw.panels': 'Panels',
    'draw.specialty': 'Specialty',
    'draw.size': 'Size',
    'draw.substitutes': 'Substitutes',
    'draw.experts': 'Experts in the pool',
    'draw.declarations': 'Declarations reviewed',
    'draw.witness': 'Witness the draw (bring the witness input)',
    'draw.witnessDone': 'Drawn',
    'audit.title': 'Audit chain check',
    'audit.check': 'Check again',
    'audit.intact': 'The audit chain is intact',
    'audit.broken': 'The audit chain is broken',
    'audit.checked': 'Records checked',
    'audit.head': 'Head',
    'audit.anchor': 'Latest external anchor',
    'audit.noAnchor': 'No anchor yet',
    'audit.firstBroken': 'First break',
    'audit.reason': 'Reason',
    'subs.title': 'Subscriptions',
    'subs.new': 'New subscription',
    'subs.delivery': 'Delivery',
    'subs.stream': 'Live stream',
    'subs.webhook': 'Webhook',
    'subs.url': 'Webhook URL',
    'subs.committees': 'Committees (comma-separated)',
    'subs.series': 'Series (comma-separated)',
    'subs.ruleIds': 'Rule ids (comma-separated)',
    'subs.severities': 'Severities',
    'subs.listHint': 'Empty means everything in your region',
    'subs.create': 'Create',
    'subs.created': 'Subscription created',
    'subs.secretOnce': 'The signing secret is shown this once only; keep it safe:',
    'subs.active': 'active',
    'subs.ended': 'ended',
    'subs.createdAt': 'Created',
    'subs.filters': 'Filters',
    'subs.end': 'End subscription',
    'subs.deliveries': 'Deliveries',
    'subs.seq': 'Seq',
    'subs.attempts': 'Attempts',
    'subs.lastStatus': 'Last answer',
    'subs.lastError': 'Last error',
    'subs.deliveredAt': 'Delivered',
    'subs.replay': 'Replay',
    'subs.fromSeq': 'From seq',
    'subs.replayed': '{n} queued again',
    'subs.cursor': 'Handed over up to seq',
    'integrity.title': 'Integrity archive',
    'integrity.idNumber': 'Identity number',
    'integrity.search': 'Search',
    'integrity.activeOnly': 'Active only',
    'integrity.all': 'All',
    'integrity.declaration': 'Declaration',
    'integrity.reason': 'Reason',
    'integrity.recordedOn': 'Recorded on',
    'integrity.activeUntil': 'Active until',
    'spot.title': 'Witness a spot check',
    'spot.id': 'Spot check id',
    'spot.open': 'Open',
    'spot.plan': 'Plan',
    'spot.rate': 'Rate',
    'spot.population': 'Population (declarations)',
    'spot.commitment': 'Seed commitment',
    'spot.drawn': 'Drawn',
    'spot.reproduced': 'Drawing again gives the same sample',
    'spot.witness': 'Witness the draw',
    'spot.witnessInput': 'Witness input (e.g. the day’s lottery number)',
    'spot.checks': 'Check results',
    'spot.verifies': 'The draw verifies: the secret matches its commitment and drawing again gives the same sample',
    'spot.fails': 'The draw does NOT verify',
    'draw.highSkill': 'High-skill experts at least (R-CM-3)',
  },
};
