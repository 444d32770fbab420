import type { PageMessages } from '../../i18n/locale';

type Key =
  | 'clock.title'
  | 'clock.intro'
  | 'clock.off'
  | 'clock.service'
  | 'clock.today'
  | 'clock.now'
  | 'clock.unavailable'
  | 'clock.plan'
  | 'clock.day'
  | 'clock.any'
  | 'clock.move'
  | 'clock.moved'
  | 'clock.day.opens'
  | 'clock.day.officeCloses'
  | 'clock.day.filing'
  | 'clock.day.meeting'
  | 'clock.day.deadline'
  | 'meetings.title'
  | 'meetings.intro'
  | 'meetings.committee'
  | 'meetings.meetingOn'
  | 'meetings.filedOn'
  | 'meetings.state'
  | 'meetings.approve'
  | 'meetings.reject'
  | 'meetings.reason'
  | 'meetings.done'
  | 'meetings.none'
  | 'plan.title'
  | 'plan.versions'
  | 'plan.publishedAt'
  | 'plan.changes'
  | 'plan.action'
  | 'plan.by'
  | 'plan.at'
  | 'plan.edit'
  | 'plan.document'
  | 'plan.documentHelp'
  | 'plan.badJson'
  | 'plan.save'
  | 'plan.saved'
  | 'plan.publish'
  | 'plan.publishConfirm'
  | 'plan.published'
  | 'plan.diff'
  | 'plan.from'
  | 'plan.to'
  | 'plan.path'
  | 'plan.kind'
  | 'plan.before'
  | 'plan.after'
  | 'plan.same'
  | 'plan.open'
  | 'plan.kind.added'
  | 'plan.kind.removed'
  | 'plan.kind.changed'
  | 'committees.title'
  | 'committees.register'
  | 'committees.id'
  | 'committees.name'
  | 'committees.unit'
  | 'committees.type'
  | 'committees.region'
  | 'committees.series'
  | 'committees.specialties'
  | 'committees.levels'
  | 'committees.filingNumber'
  | 'committees.filedUntil'
  | 'committees.highSkill'
  | 'committees.filed'
  | 'committees.authorised'
  | 'committees.yes'
  | 'committees.no'
  | 'committees.letter'
  | 'committees.fromRegion'
  | 'committees.validUntil'
  | 'committees.letterIssued'
  | 'committees.registered'
  | 'committees.listHint'
  | 'cancel.title'
  | 'cancel.intro'
  | 'cancel.declaration'
  | 'cancel.rule'
  | 'cancel.rule.vf1'
  | 'cancel.rule.sv1'
  | 'cancel.finding'
  | 'cancel.submit'
  | 'cancel.confirm'
  | 'cancel.done'
  | 'spot.title'
  | 'spot.announce'
  | 'spot.plan'
  | 'spot.rate'
  | 'spot.rateHelp'
  | 'spot.announced'
  | 'spot.id'
  | 'spot.open'
  | 'spot.commitment'
  | 'spot.population'
  | 'spot.drawn'
  | 'spot.witnessNote'
  | 'spot.reproduced'
  | 'feeds.title'
  | 'feeds.agencies'
  | 'feeds.agency'
  | 'feeds.breaker'
  | 'feeds.noAgencies'
  | 'feeds.batches'
  | 'feeds.batch'
  | 'feeds.source'
  | 'feeds.way'
  | 'feeds.receivedAt'
  | 'feeds.read'
  | 'feeds.accepted'
  | 'feeds.held'
  | 'feeds.rejected'
  | 'feeds.reasons'
  | 'feeds.rejectedRows'
  | 'feeds.line'
  | 'feeds.reason'
  | 'feeds.raw'
  | 'stats.title'
  | 'stats.region'
  | 'stats.allRegions'
  | 'stats.total'
  | 'stats.byStage'
  | 'stats.byRegion'
  | 'stats.bySeries'
  | 'stats.passRates'
  | 'stats.timePerStage'
  | 'stats.count'
  | 'stats.passed'
  | 'stats.failed'
  | 'stats.rate'
  | 'stats.hours'
  | 'stats.stays'
  | 'stats.committee'
  | 'stats.series'
  | 'stats.stage'
  | 'stats.tableOf'
  | 'stats.none';

export const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    'meetings.title': '会议审批',
    'meetings.intro': '计划要求审批的评审会议（R-CM-1），由人社部门批准后方可抽取专家。',
    'meetings.committee': '评委会',
    'meetings.meetingOn': '会议日期',
    'meetings.filedOn': '上报日期',
    'meetings.state': '审批状态',
    'meetings.approve': '批准',
    'meetings.reject': '不予批准',
    'meetings.reason': '审批意见',
    'meetings.done': '已审批',
    'meetings.none': '该评委会暂无评审方案',
    'plan.title': '年度计划',
    'plan.versions': '版本',
    'plan.publishedAt': '发布时间',
    'plan.changes': '修改记录',
    'plan.action': '操作',
    'plan.by': '经办人',
    'plan.at': '时间',
    'plan.edit': '编辑计划（保存为草稿版本）',
    'plan.document': '计划文件（JSON）',
    'plan.documentHelp': '已发布的版本不会被修改：保存会生成新的草稿版本，发布后生效。',
    'plan.badJson': '不是有效的 JSON：{reason}',
    'plan.save': '保存草稿',
    'plan.saved': '已保存为第 {version} 版草稿',
    'plan.publish': '发布最新草稿',
    'plan.publishConfirm': '发布后各服务即按此版本执行，确定发布？',
    'plan.published': '第 {version} 版已发布',
    'plan.diff': '版本对比',
    'plan.from': '原版本',
    'plan.to': '新版本',
    'plan.path': '字段',
    'plan.kind': '变化',
    'plan.before': '原值',
    'plan.after': '新值',
    'plan.same': '两个版本内容相同',
    'plan.open': '打开',
    'plan.kind.added': '新增',
    'plan.kind.removed': '删除',
    'plan.kind.changed': '修改',
    'committees.title': '评委会管理',
    'committees.register': '登记评委会',
    'committees.id': '评委会编号',
    'committees.name': '名称',
    'committees.unit': '组建单位',
    'committees.type': '类型',
    'committees.region': '地区',
    'committees.series': '系列（逗号分隔）',
    'committees.specialties': '专业（逗号分隔）',
    'committees.levels': '评审级别',
    'committees.filingNumber': '备案编号',
    'committees.filedUntil': '备案有效期至（YYYY-MM-DD）',
    'committees.highSkill': '面向高技能人才（R-CM-3）',
    'committees.filed': '已备案（R-CM-1）',
    'committees.authorised': '有评审权',
    'committees.yes': '是',
    'committees.no': '否',
    'committees.letter': '出具委托评审函',
    'committees.fromRegion': '委托地区',
    'committees.validUntil': '有效期至（YYYY-MM-DD）',
    'committees.letterIssued': '委托评审函已出具',
    'committees.registered': '评委会已登记',
    'committees.listHint': '留空表示该系列全部专业',
    'cancel.title': '取消申报资格',
    'cancel.intro': '承诺不实（R-VF-1）或弄虚作假（R-SV-1）的，取消申报并记入诚信档案。请写明查实的情况。',
    'cancel.declaration': '申报编号',
    'cancel.rule': '依据',
    'cancel.rule.vf1': 'R-VF-1 承诺不实',
    'cancel.rule.sv1': 'R-SV-1 弄虚作假',
    'cancel.finding': '查实情况',
    'cancel.submit': '取消资格',
    'cancel.confirm': '取消后不可恢复，确定？',
    'cancel.done': '已取消，当前状态：{status}',
    'spot.title': '抽查',
    'spot.announce': '公布抽查',
    'spot.plan': '年度计划编号',
    'spot.rate': '抽查比例（0–1，留空按计划）',
    'spot.rateHelp': '公布时冻结抽查范围并承诺种子；抽取由本地区监督人员现场见证（R-VF-1）。',
    'spot.announced': '抽查已公布',
    'spot.id': '抽查编号',
    'spot.open': '打开',
    'spot.commitment': '种子承诺',
    'spot.population': '抽查范围（件）',
    'spot.drawn': '抽中（件）',
    'spot.witnessNote': '等待监督人员见证抽取',
    'spot.reproduced': '可复现',
    'feeds.title': '数据对接',
    'feeds.agencies': '核验机构接口',
    'feeds.agency': '机构',
    'feeds.breaker': '熔断状态',
    'feeds.noAgencies': '本实例未配置核验机构接口',
    'feeds.batches': '数据批次',
    'feeds.batch': '批次',
    'feeds.source': '来源',
    'feeds.way': '方式',
    'feeds.receivedAt': '接收时间',
    'feeds.read': '读取',
    'feeds.accepted': '接收',
    'feeds.held': '已有',
    'feeds.rejected': '拒收',
    'feeds.reasons': '拒收原因',
    'feeds.rejectedRows': '被拒收的行',
    'feeds.line': '行号',
    'feeds.reason': '原因',
    'feeds.raw': '原始内容',
    'stats.title': '统计分析',
    'stats.region': '地区',
    'stats.allRegions': '全部地区',
    'stats.total': '申报总数',
    'stats.byStage': '各环节申报数',
    'stats.byRegion': '各地区申报数',
    'stats.bySeries': '各系列申报数',
    'stats.passRates': '各评委会通过率',
    'stats.timePerStage': '各环节平均停留时间（小时）',
    'stats.count': '件数',
    'stats.passed': '通过',
    'stats.failed': '未通过',
    'stats.rate': '通过率',
    'stats.hours': '小时',
    'stats.stays': '次数',
    'stats.committee': '评委会',
    'stats.series': '系列',
    'stats.stage': '环节',
    'stats.tableOf': '{chart}（数据表）',
    'stats.none': '暂无数据',
    'clock.title': '演示时钟',
    'clock.intro': '演示与测试环境（TEST_CLOCK）可把各服务的日期移到年度计划的某一天，以便按 2023 年的计划走完评审各环节；生产环境不提供此功能。时间从该日 10:00（北京时间）起继续走。',
    'clock.off': '本系统按真实日期运行：演示时钟未启用（TEST_CLOCK）。',
    'clock.service': '服务',
    'clock.today': '当前日期',
    'clock.now': '当前时间',
    'clock.unavailable': '未启用',
    'clock.plan': '年度计划',
    'clock.day': '计划中的日期',
    'clock.any': '其他日期',
    'clock.move': '各服务移到此日',
    'clock.moved': '各服务的日期已移到 {date}',
    'clock.day.opens': '申报开始',
    'clock.day.officeCloses': '材料审查截止',
    'clock.day.filing': '上报评审方案、抽取专家（会前 {days} 天）',
    'clock.day.meeting': '评审会议',
    'clock.day.deadline': '评审截止（R-CM-8）',
  },
  en: {
    'meetings.title': 'Meeting applications',
    'meetings.intro': 'Where the plan asks for it, the bureau approves a committee’s meeting before its experts are drawn (R-CM-1).',
    'meetings.committee': 'Committee',
    'meetings.meetingOn': 'Meeting day',
    'meetings.filedOn': 'Filed on',
    'meetings.state': 'Approval',
    'meetings.approve': 'Approve',
    'meetings.reject': 'Reject',
    'meetings.reason': 'Reason',
    'meetings.done': 'Decided',
    'meetings.none': 'No review plans of this committee',
    'plan.title': 'Annual plan',
    'plan.versions': 'Versions',
    'plan.publishedAt': 'Published',
    'plan.changes': 'Change log',
    'plan.action': 'Action',
    'plan.by': 'By',
    'plan.at': 'At',
    'plan.edit': 'Edit the plan (saved as a draft version)',
    'plan.document': 'Plan document (JSON)',
    'plan.documentHelp': 'A published version is never changed: saving makes a new draft version, in force once published.',
    'plan.badJson': 'Not valid JSON: {reason}',
    'plan.save': 'Save draft',
    'plan.saved': 'Saved as draft version {version}',
    'plan.publish': 'Publish the latest draft',
    'plan.publishConfirm': 'Every service applies this version once it is published. Publish?',
    'plan.published': 'Version {version} published',
    'plan.diff': 'Compare versions',
    'plan.from': 'From version',
    'plan.to': 'To version',
    'plan.path': 'Field',
    'plan.kind': 'Change',
    'plan.before': 'Before',
    'plan.after': 'After',
    'plan.same': 'The two versions are the same',
    'plan.open': 'Open',
    'plan.kind.added': 'added',
    'plan.kind.removed': 'removed',
    'plan.kind.changed': 'changed',
    'committees.title': 'Committees',
    'committees.register': 'Register a committee',
    'committees.id': 'Committee id',
    'committees.name': 'Name',
    'committees.unit': 'Organising unit',
    'committees.type': 'Type',
    'committees.region': 'Region',
    'committees.series': 'Series (comma-separated)',
    'committees.specialties': 'Specialties (comma-separated)',
    'committees.levels': 'Levels',
    'committees.filingNumber': 'Filing number',
    'committees.filedUntil': 'Filed until (YYYY-MM-DD)',
    'committees.highSkill': 'Open to high-skill talent (R-CM-3)',
    'committees.filed': 'Filed (R-CM-1)',
    'committees.authorised': 'Authorised',
    'committees.yes': 'yes',
    'committees.no': 'no',
    'committees.letter': 'Issue an entrustment letter',
    'committees.fromRegion': 'Entrusting region',
    'committees.validUntil': 'Valid until (YYYY-MM-DD)',
    'committees.letterIssued': 'Entrustment letter issued',
    'committees.registered': 'Committee registered',
    'committees.listHint': 'Empty: every specialty of the series',
    'cancel.title': 'Cancel a declaration',
    'cancel.intro': 'A false promise (R-VF-1) or fraud (R-SV-1) cancels the declaration and goes on the integrity record. Say what was established.',
    'cancel.declaration': 'Declaration id',
    'cancel.rule': 'Rule',
    'cancel.rule.vf1': 'R-VF-1 false promise',
    'cancel.rule.sv1': 'R-SV-1 fraud',
    'cancel.finding': 'What was established',
    'cancel.submit': 'Cancel declaration',
    'cancel.confirm': 'This cannot be undone. Cancel it?',
    'cancel.done': 'Cancelled; status now: {status}',
    'spot.title': 'Spot checks',
    'spot.announce': 'Announce a spot check',
    'spot.plan': 'Plan id',
    'spot.rate': 'Rate (0–1; empty: the plan’s)',
    'spot.rateHelp': 'Announcing freezes the population and commits the seed; an inspector of the region witnesses the draw (R-VF-1).',
    'spot.announced': 'Spot check announced',
    'spot.id': 'Spot check id',
    'spot.open': 'Open',
    'spot.commitment': 'Seed commitment',
    'spot.population': 'Population',
    'spot.drawn': 'Drawn',
    'spot.witnessNote': 'Waiting for an inspector to witness the draw',
    'spot.reproduced': 'Reproduced',
    'feeds.title': 'Data feeds',
    'feeds.agencies': 'Agency query services',
    'feeds.agency': 'Agency',
    'feeds.breaker': 'Circuit breaker',
    'feeds.noAgencies': 'No agency query service is configured on this instance',
    'feeds.batches': 'Batches',
    'feeds.batch': 'Batch',
    'feeds.source': 'Source',
    'feeds.way': 'Way',
    'feeds.receivedAt': 'Received',
    'feeds.read': 'Read',
    'feeds.accepted': 'Accepted',
    'feeds.held': 'Already held',
    'feeds.rejected': 'Rejected',
    'feeds.reasons': 'Reasons',
    'feeds.rejectedRows': 'Rejected rows',
    'feeds.line': 'Line',
    'feeds.reason': 'Reason',
    'feeds.raw': 'Raw line',
    'stats.title': 'Statistics',
    'stats.region': 'Region',
    'stats.allRegions': 'All regions',
    'stats.total': 'Declarations',
    'stats.byStage': 'Declarations by stage',
    'stats.byRegion': 'Declarations by region',
    'stats.bySeries': 'Declarations by series',
    'stats.passRates': 'Pass rate by committee',
    'stats.timePerStage': 'Average time per stage (hours)',
    'stats.count': 'Count',
    'stats.passed': 'Passed',
    'stats.failed': 'Failed',
    'stats.rate': 'Pass rate',
    'stats.hours': 'Hours',
    'stats.stays': 'Stays',
    'stats.committee': 'Committee',
    'stats.series': 'Series',
    'stats.stage': 'Stage',
    'stats.tableOf': '{chart} (data table)',
    'stats.none': 'No data yet',
    'clock.title': 'Demo clock',
    'clock.intro': 'In demo and test systems (TEST_CLOCK) the services’ date can be moved to a day of an annual plan, so that a 2023 plan’s stages can be walked through; production has no such clock. Time runs on from 10:00 (Beijing) that day.',
    'clock.off': 'This system runs on the real date: the demo clock is off (TEST_CLOCK).',
    'clock.service': 'Service',
    'clock.today': 'Today',
    'clock.now': 'Now',
    'clock.unavailable': 'off',
    'clock.plan': 'Annual plan',
    'clock.day': 'Days of the plan',
    'clock.any': 'Another day',
    'clock.move': 'Move every service to this day',
    'clock.moved': 'Every service’s date moved to {date}',
    'clock.day.opens': 'Declarations open',
    'clock.day.officeCloses': 'Office review closes',
    'clock.day.filing': 'File the review plan, draw the experts ({days} days ahead)',
    'clock.day.meeting': 'Review meeting',
    'clock.day.deadline': 'Committee deadline (R-CM-8)',
  },
};
