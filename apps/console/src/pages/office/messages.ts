import type { PageMessages } from '../../i18n/locale';

type Key =
  | 'committees.title'
  | 'committees.name'
  | 'committees.type'
  | 'committees.region'
  | 'committees.filing'
  | 'committees.filedUntil'
  | 'committees.filed'
  | 'committees.unfiled'
  | 'committees.authorised'
  | 'committees.barred'
  | 'pool.title'
  | 'pool.report'
  | 'pool.experts'
  | 'pool.highSkill'
  | 'pool.nonPublic'
  | 'pool.noProblem'
  | 'pool.name'
  | 'pool.specialties'
  | 'pool.titleLevel'
  | 'pool.employer'
  | 'pool.available'
  | 'pool.account'
  | 'pool.accountHelp'
  | 'pool.add'
  | 'pool.added'
  | 'yes'
  | 'no'
  | 'level.deputy-senior'
  | 'level.senior'
  | 'plans.title'
  | 'plans.ready'
  | 'plans.declaration'
  | 'plans.specialty'
  | 'plans.level'
  | 'plans.plan'
  | 'plans.new'
  | 'plans.meetingOn'
  | 'plans.mode'
  | 'plans.mode.on-site'
  | 'plans.mode.online'
  | 'plans.place'
  | 'plans.panel'
  | 'plans.size'
  | 'plans.substitutes'
  | 'plans.addPanel'
  | 'plans.removePanel'
  | 'plans.selected'
  | 'plans.leadRule'
  | 'plans.fileBy'
  | 'plans.file'
  | 'plans.filed'
  | 'plans.list'
  | 'plans.filedOn'
  | 'plans.leadDays'
  | 'plans.approval'
  | 'plans.open'
  | 'plan.status.awaiting-approval'
  | 'plan.status.filed'
  | 'plan.status.rejected'
  | 'plan.status.drawn'
  | 'plan.status.meeting-open'
  | 'plan.status.closed'
  | 'approval.needed'
  | 'approval.notNeeded'
  | 'approval.approved'
  | 'approval.rejected'
  | 'plan.title'
  | 'plan.declarations'
  | 'plan.seed'
  | 'draw.title'
  | 'draw.awaiting'
  | 'draw.members'
  | 'draw.substitutes'
  | 'draw.eligible'
  | 'draw.recused'
  | 'meeting.title'
  | 'meeting.notYet'
  | 'meeting.present'
  | 'meeting.open'
  | 'meeting.opened'
  | 'meeting.sitting'
  | 'meeting.close'
  | 'meeting.closeConfirm'
  | 'meeting.closed'
  | 'meeting.results'
  | 'meeting.outcome'
  | 'meeting.votes'
  | 'meeting.closedNow'
  | 'meeting.reason'
  | 'manual.title'
  | 'manual.check'
  | 'manual.reason'
  | 'manual.checkedAt'
  | 'manual.pass'
  | 'manual.fail'
  | 'manual.decisionReason'
  | 'manual.done'
  | 'objections.title'
  | 'objections.filter'
  | 'objections.all'
  | 'objections.applicant'
  | 'objections.target'
  | 'objections.evidence'
  | 'objections.contact'
  | 'objections.filedAt'
  | 'objections.reason'
  | 'objections.uphold'
  | 'objections.dismiss'
  | 'objections.decisionReason'
  | 'objections.done'
  | 'objection.status.open'
  | 'objection.status.upheld'
  | 'objection.status.dismissed'
  | 'duties.title'
  | 'duties.rule'
  | 'duties.kind'
  | 'duties.kind.report'
  | 'duties.kind.filing'
  | 'duties.due'
  | 'duties.state'
  | 'duties.state.open'
  | 'duties.state.overdue'
  | 'duties.state.done'
  | 'duties.reference'
  | 'duties.fulfil'
  | 'duties.select'
  | 'duties.done'
  | 'duties.late'
  | 'checklist.open'
  | 'checklist.items'
  | 'checklist.rule'
  | 'checklist.other';

/** The committee office's pages (committees, pools, review plans, meetings, manual reviews, objections, reporting). */
export const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    'committees.title': '评审委员会与专家库',
    'committees.name': '名称',
    'committees.type': '类型',
    'committees.region': '地区',
    'committees.filing': '备案号',
    'committees.filedUntil': '备案有效期至',
    'committees.filed': '已备案',
    'committees.unfiled': '未备案或已过期',
    'committees.authorised': '可开展评审',
    'committees.barred': '暂停评审',
    'pool.title': '本委员会专家库',
    'pool.report': '专家库情况（R-CM-3）',
    'pool.experts': '专家人数',
    'pool.highSkill': '高技能人才专家',
    'pool.nonPublic': '非公有制单位专家',
    'pool.noProblem': '专家库符合要求',
    'pool.name': '姓名',
    'pool.specialties': '专业',
    'pool.titleLevel': '职称级别',
    'pool.employer': '工作单位统一社会信用代码',
    'pool.available': '可参加评审',
    'pool.account': '专家登录账号标识（可选）',
    'pool.accountHelp': '填写专家登录账号的标识，抽中后专家即可本人登录参加评审',
    'pool.add': '加入专家库',
    'pool.added': '已加入专家库',
    yes: '是',
    no: '否',
    'level.deputy-senior': '副高级',
    'level.senior': '正高级',
    'plans.title': '评审方案与专家抽取',
    'plans.ready': '待评审的申报（核验已通过）',
    'plans.declaration': '申报编号',
    'plans.specialty': '专业',
    'plans.level': '层级',
    'plans.plan': '年度计划',
    'plans.new': '上报评审方案',
    'plans.meetingOn': '评审会议日期',
    'plans.mode': '评审方式',
    'plans.mode.on-site': '现场评审',
    'plans.mode.online': '网络评审',
    'plans.place': '会议地点',
    'plans.panel': '专业组',
    'plans.size': '组成人数',
    'plans.substitutes': '候补人数',
    'plans.addPanel': '增加专业组',
    'plans.removePanel': '删除专业组',
    'plans.selected': '已选 {count} 份申报；不选则包括各专业组的全部待评审申报',
    'plans.leadRule': 'R-CM-2：评审方案须在会议前至少 {days} 天上报并完成专家抽取。本计划会议时间 {opens} 至 {closes}，评审截止 {deadline}。',
    'plans.fileBy': '会议定于 {meetingOn}，方案最迟应于 {fileBy} 上报并抽取专家。',
    'plans.file': '上报方案',
    'plans.filed': '评审方案已上报',
    'plans.list': '本委员会的评审方案',
    'plans.filedOn': '上报日期',
    'plans.leadDays': '提前天数',
    'plans.approval': '会议审批',
    'plans.open': '查看',
    'plan.status.awaiting-approval': '待审批',
    'plan.status.filed': '已上报，待抽取',
    'plan.status.rejected': '未获批准',
    'plan.status.drawn': '已抽取专家',
    'plan.status.meeting-open': '会议进行中',
    'plan.status.closed': '会议已结束',
    'approval.needed': '待人社局审批会议申请（R-CM-1）',
    'approval.notNeeded': '本计划无需会议审批',
    'approval.approved': '已批准：{reason}',
    'approval.rejected': '未批准：{reason}',
    'plan.title': '评审方案',
    'plan.declarations': '申报数',
    'plan.seed': '随机种子承诺',
    'draw.title': '专家抽取',
    'draw.awaiting': '尚未抽取：由所在地区监督员见证并提供见证输入后抽取（R-CM-2、R-SV-2）。',
    'draw.members': '抽中专家',
    'draw.substitutes': '候补专家',
    'draw.eligible': '符合条件人数',
    'draw.recused': '回避（R-CM-4）',
    'meeting.title': '会议控制',
    'meeting.notYet': '专家抽取后，会议当天方可开会。',
    'meeting.present': '到会专家',
    'meeting.open': '开会',
    'meeting.opened': '会议已开始',
    'meeting.sitting': '就座专家',
    'meeting.close': '结束会议并计票',
    'meeting.closeConfirm': '结束后不再接受投票，未投票视为不同意（R-CM-7）。确定结束？',
    'meeting.closed': '会议已于 {date} 结束',
    'meeting.results': '表决结果（R-CM-7：到会专家三分之二以上同意为通过）',
    'meeting.outcome': '结果',
    'meeting.votes': '同意 / 不同意 / 弃权 / 到会',
    'meeting.closedNow': '会议已结束，表决已计票',
    'meeting.reason': '说明',
    'manual.title': '核验人工复核',
    'manual.check': '核验项目',
    'manual.reason': '待复核原因',
    'manual.checkedAt': '核验时间',
    'manual.pass': '通过',
    'manual.fail': '不通过',
    'manual.decisionReason': '复核意见',
    'manual.done': '已记录复核结果',
    'objections.title': '公示异议处理',
    'objections.filter': '处理状态',
    'objections.all': '全部',
    'objections.applicant': '被异议人',
    'objections.target': '异议对象',
    'objections.evidence': '证据',
    'objections.contact': '联系方式',
    'objections.filedAt': '提出时间',
    'objections.reason': '处理理由',
    'objections.uphold': '异议成立',
    'objections.dismiss': '异议不成立',
    'objections.decisionReason': '调查结论与理由',
    'objections.done': '已答复异议',
    'objection.status.open': '待处理',
    'objection.status.upheld': '成立',
    'objection.status.dismissed': '不成立',
    'duties.title': '评审结果报送与备案',
    'duties.rule': 'R-PB-4：评审结果须在期限内报送，公示结束后须在期限内备案。',
    'duties.kind': '类别',
    'duties.kind.report': '结果报送',
    'duties.kind.filing': '备案',
    'duties.due': '期限',
    'duties.state': '状态',
    'duties.state.open': '待办',
    'duties.state.overdue': '已逾期',
    'duties.state.done': '已完成',
    'duties.reference': '报送文号',
    'duties.fulfil': '登记报送',
    'duties.select': '请先勾选同一类别的事项',
    'duties.done': '已登记报送',
    'duties.late': '逾期完成',
    'checklist.open': '按清单告知补正',
    'checklist.items': '常见问题',
    'checklist.rule': 'R-RV-4：补正只告知一次，须一次列明全部问题。',
    'checklist.other': '其他问题（每行一项）',
  },
  en: {
    'committees.title': 'Committees and expert pools',
    'committees.name': 'Name',
    'committees.type': 'Type',
    'committees.region': 'Region',
    'committees.filing': 'Filing number',
    'committees.filedUntil': 'Filed until',
    'committees.filed': 'Filed',
    'committees.unfiled': 'Not filed or expired',
    'committees.authorised': 'May review',
    'committees.barred': 'Barred',
    'pool.title': 'Expert pool of this committee',
    'pool.report': 'Pool report (R-CM-3)',
    'pool.experts': 'Experts',
    'pool.highSkill': 'High-skill experts',
    'pool.nonPublic': 'From non-public organisations',
    'pool.noProblem': 'The pool meets the rules',
    'pool.name': 'Name',
    'pool.specialties': 'Specialties',
    'pool.titleLevel': 'Title level',
    'pool.employer': 'Employer credit code',
    'pool.available': 'Available',
    'pool.account': 'Expert account id (optional)',
    'pool.accountHelp': 'The id of the expert’s sign-in account, so that once drawn they take part as themselves',
    'pool.add': 'Add to the pool',
    'pool.added': 'Added to the pool',
    yes: 'Yes',
    no: 'No',
    'level.deputy-senior': 'Deputy senior',
    'level.senior': 'Senior',
    'plans.title': 'Review plans and draws',
    'plans.ready': 'Declarations ready for review (verification passed)',
    'plans.declaration': 'Declaration',
    'plans.specialty': 'Specialty',
    'plans.level': 'Level',
    'plans.plan': 'Annual plan',
    'plans.new': 'File a review plan',
    'plans.meetingOn': 'Meeting date',
    'plans.mode': 'Mode',
    'plans.mode.on-site': 'On site',
    'plans.mode.online': 'Online',
    'plans.place': 'Place',
    'plans.panel': 'Panel',
    'plans.size': 'Members',
    'plans.substitutes': 'Substitutes',
    'plans.addPanel': 'Add a panel',
    'plans.removePanel': 'Remove panel',
    'plans.selected': '{count} declarations selected; none selected means every ready one of the panels’ specialties',
    'plans.leadRule': 'R-CM-2: the review plan is filed and the experts drawn at least {days} days before the meeting. This plan holds meetings {opens} to {closes}, results by {deadline}.',
    'plans.fileBy': 'For a meeting on {meetingOn}, file and draw by {fileBy}.',
    'plans.file': 'File the plan',
    'plans.filed': 'Review plan filed',
    'plans.list': 'Review plans of this committee',
    'plans.filedOn': 'Filed on',
    'plans.leadDays': 'Days ahead',
    'plans.approval': 'Meeting approval',
    'plans.open': 'Open',
    'plan.status.awaiting-approval': 'Awaiting approval',
    'plan.status.filed': 'Filed, to be drawn',
    'plan.status.rejected': 'Rejected',
    'plan.status.drawn': 'Experts drawn',
    'plan.status.meeting-open': 'Meeting open',
    'plan.status.closed': 'Meeting closed',
    'approval.needed': 'The bureau’s approval of the meeting is awaited (R-CM-1)',
    'approval.notNeeded': 'This plan asks no meeting approval',
    'approval.approved': 'Approved: {reason}',
    'approval.rejected': 'Rejected: {reason}',
    'plan.title': 'Review plan',
    'plan.declarations': 'Declarations',
    'plan.seed': 'Seed commitment',
    'draw.title': 'Expert draw',
    'draw.awaiting': 'Not drawn yet: an inspector of the region witnesses the draw and brings the witness input (R-CM-2, R-SV-2).',
    'draw.members': 'Drawn members',
    'draw.substitutes': 'Substitutes',
    'draw.eligible': 'Eligible',
    'draw.recused': 'Recused (R-CM-4)',
    'meeting.title': 'Meeting control',
    'meeting.notYet': 'The meeting opens on its day, once the experts are drawn.',
    'meeting.present': 'Experts present',
    'meeting.open': 'Open the meeting',
    'meeting.opened': 'The meeting is open',
    'meeting.sitting': 'Sitting',
    'meeting.close': 'Close and count',
    'meeting.closeConfirm': 'No ballot is taken after closing; a ballot not cast counts as not in favour (R-CM-7). Close now?',
    'meeting.closed': 'The meeting closed on {date}',
    'meeting.results': 'Results (R-CM-7: passed with two thirds of the attending members in favour)',
    'meeting.outcome': 'Outcome',
    'meeting.votes': 'For / against / abstain / attending',
    'meeting.closedNow': 'Meeting closed, ballots counted',
    'meeting.reason': 'Explanation',
    'manual.title': 'Manual review of checks',
    'manual.check': 'Check',
    'manual.reason': 'Why it waits',
    'manual.checkedAt': 'Checked at',
    'manual.pass': 'Pass',
    'manual.fail': 'Fail',
    'manual.decisionReason': 'Your finding',
    'manual.done': 'Decision recorded',
    'objections.title': 'Objections',
    'objections.filter': 'State',
    'objections.all': 'All',
    'objections.applicant': 'Person',
    'objections.target': 'Target',
    'objections.evidence': 'Evidence',
    'objections.contact': 'Contact',
    'objections.filedAt': 'Filed at',
    'objections.reason': 'Reason',
    'objections.uphold': 'Uphold',
    'objections.dismiss': 'Dismiss',
    'objections.decisionReason': 'Finding and reason',
    'objections.done': 'Objection answered',
    'objection.status.open': 'Open',
    'objection.status.upheld': 'Upheld',
    'objection.status.dismissed': 'Dismissed',
    'duties.title': 'Reporting and filing of results',
    'duties.rule': 'R-PB-4: results are reported by a deadline, and filed by a deadline after publicity.',
    'duties.kind': 'Kind',
    'duties.kind.report': 'Report',
    'duties.kind.filing': 'Filing',
    'duties.due': 'Due',
    'duties.state': 'State',
    'duties.state.open': 'Open',
    'duties.state.overdue': 'Overdue',
    'duties.state.done': 'Done',
    'duties.reference': 'Reference',
    'duties.fulfil': 'Record as done',
    'duties.select': 'Select duties of one kind first',
    'duties.done': 'Recorded',
    'duties.late': 'Done late',
    'checklist.open': 'Ask for correction by checklist',
    'checklist.items': 'Common defects',
    'checklist.rule': 'R-RV-4: the correction is asked for once, listing every defect.',
    'checklist.other': 'Other defects (one a line)',
  },
};
