import type { PageMessages } from '../../i18n/locale';

type Key =
  | 'title'
  | 'none'
  | 'meetingOn'
  | 'committee'
  | 'specialty'
  | 'mode'
  | 'mode.on-site'
  | 'mode.online'
  | 'seat'
  | 'seat.member'
  | 'seat.substitute'
  | 'state'
  | 'state.drawn'
  | 'state.sitting'
  | 'state.notSitting'
  | 'state.closed'
  | 'open'
  | 'committed'
  | 'notCommitted'
  | 'panel.title'
  | 'panel.notOpen'
  | 'panel.notSitting'
  | 'panel.closed'
  | 'commit.title'
  | 'commit.rule'
  | 'commit.statement'
  | 'commit.default'
  | 'commit.submit'
  | 'commit.done'
  | 'dossiers.title'
  | 'dossiers.declaration'
  | 'dossiers.level'
  | 'dossiers.open'
  | 'dossiers.hide'
  | 'dossiers.audited'
  | 'dossier.applicant'
  | 'dossier.employer'
  | 'dossier.series'
  | 'dossier.materials'
  | 'dossier.parts'
  | 'opinion.title'
  | 'opinion.text'
  | 'opinion.score'
  | 'opinion.scoreRule'
  | 'opinion.onlineRule'
  | 'opinion.submit'
  | 'opinion.done'
  | 'opinion.given'
  | 'ballot.title'
  | 'ballot.rule'
  | 'ballot.choice'
  | 'ballot.for'
  | 'ballot.against'
  | 'ballot.abstain'
  | 'ballot.submit'
  | 'ballot.done'
  | 'ballot.cast';

/** The expert's pages: their panels, the commitment, the dossiers, opinions and ballots. */
export const MESSAGES: PageMessages<Key> = {
  'zh-CN': {
    title: '我的评审',
    none: '您目前没有被抽取参加的评审会议。',
    meetingOn: '会议日期',
    committee: '评审委员会',
    specialty: '专业组',
    mode: '方式',
    'mode.on-site': '现场评审',
    'mode.online': '网络评审',
    seat: '抽取结果',
    'seat.member': '评审专家',
    'seat.substitute': '候补专家',
    state: '状态',
    'state.drawn': '待开会',
    'state.sitting': '会议进行中，您已就座',
    'state.notSitting': '会议进行中，您未就座',
    'state.closed': '会议已结束',
    open: '进入评审',
    committed: '已承诺',
    notCommitted: '未承诺',
    'panel.title': '评审会议 {meetingOn}',
    'panel.notOpen': '会议尚未开始：会议当天由评委会办公室开会后即可参加评审。',
    'panel.notSitting': '您未在本次会议就座（未到会或由候补专家替补），不能参加评审。',
    'panel.closed': '会议已结束，评审材料已关闭。',
    'commit.title': '评审承诺',
    'commit.rule': 'R-CM-5：查阅评审材料前须在线作出评审承诺。',
    'commit.statement': '承诺书',
    'commit.default': '本人承诺客观公正评审，遵守回避与保密规定，不泄露评审情况。',
    'commit.submit': '作出承诺',
    'commit.done': '已作出承诺',
    'dossiers.title': '本组评审材料',
    'dossiers.declaration': '申报编号',
    'dossiers.level': '层级',
    'dossiers.open': '查阅材料',
    'dossiers.hide': '收起材料',
    'dossiers.audited': '每次查阅都会记录在审计链中（R-SV-4）。',
    'dossier.applicant': '申报人',
    'dossier.employer': '单位统一社会信用代码',
    'dossier.series': '系列 / 专业 / 层级',
    'dossier.materials': '业绩材料',
    'dossier.parts': '已上传部分',
    'opinion.title': '评审意见',
    'opinion.text': '评审意见',
    'opinion.score': '答辩评分（0–100）',
    'opinion.scoreRule': 'R-CM-6：本次评审包括答辩，须给出答辩评分。',
    'opinion.onlineRule': 'R-CM-5：网络评审须先签署评审意见再投票。',
    'opinion.submit': '签署意见',
    'opinion.done': '意见已记录',
    'opinion.given': '已签署意见',
    'ballot.title': '无记名投票',
    'ballot.rule': 'R-CM-7：无记名投票，到会专家三分之二以上同意为通过；每人每份申报一票，投出后不可更改。',
    'ballot.choice': '表决',
    'ballot.for': '同意',
    'ballot.against': '不同意',
    'ballot.abstain': '弃权',
    'ballot.submit': '投票',
    'ballot.done': '投票已记录',
    'ballot.cast': '已投票',
  },
  en: {
    title: 'My panels',
    none: 'You are not drawn for any meeting at present.',
    meetingOn: 'Meeting',
    committee: 'Committee',
    specialty: 'Panel',
    mode: 'Mode',
    'mode.on-site': 'On site',
    'mode.online': 'Online',
    seat: 'Drawn as',
    'seat.member': 'Member',
    'seat.substitute': 'Substitute',
    state: 'State',
    'state.drawn': 'Meeting to come',
    'state.sitting': 'Meeting open, you sit',
    'state.notSitting': 'Meeting open, you do not sit',
    'state.closed': 'Meeting closed',
    open: 'Open',
    committed: 'Committed',
    notCommitted: 'Not committed',
    'panel.title': 'Meeting of {meetingOn}',
    'panel.notOpen': 'The meeting has not opened: once the office opens it on its day, you take part here.',
    'panel.notSitting': 'You do not sit at this meeting (absent, or a substitute took the seat): you take no part.',
    'panel.closed': 'The meeting is closed; its dossiers are closed to you.',
    'commit.title': 'Commitment',
    'commit.rule': 'R-CM-5: commit online before opening any dossier.',
    'commit.statement': 'Statement',
    'commit.default': 'I commit to an objective and fair review, to recusal and to confidentiality.',
    'commit.submit': 'Commit',
    'commit.done': 'Commitment made',
    'dossiers.title': 'Dossiers of your panel',
    'dossiers.declaration': 'Declaration',
    'dossiers.level': 'Level',
    'dossiers.open': 'Open dossier',
    'dossiers.hide': 'Close dossier',
    'dossiers.audited': 'Every opening is kept in the audit chain (R-SV-4).',
    'dossier.applicant': 'Applicant',
    'dossier.employer': 'Employer credit code',
    'dossier.series': 'Series / specialty / level',
    'dossier.materials': 'Materials',
    'dossier.parts': 'Parts uploaded',
    'opinion.title': 'Opinion',
    'opinion.text': 'Opinion',
    'opinion.score': 'Defence score (0–100)',
    'opinion.scoreRule': 'R-CM-6: this review includes a defence: give its score.',
    'opinion.onlineRule': 'R-CM-5: in an online review, sign your opinion before voting.',
    'opinion.submit': 'Sign opinion',
    'opinion.done': 'Opinion recorded',
    'opinion.given': 'Opinion signed',
    'ballot.title': 'Anonymous ballot',
    'ballot.rule': 'R-CM-7: anonymous; passed with two thirds of the attending members in favour; one ballot per declaration, final once cast.',
    'ballot.choice': 'Vote',
    'ballot.for': 'For',
    'ballot.against': 'Against',
    'ballot.abstain': 'Abstain',
    'ballot.submit': 'Cast ballot',
    'ballot.done': 'Ballot recorded',
    'ballot.cast': 'Ballot cast',
  },
};
