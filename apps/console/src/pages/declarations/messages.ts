import type { PageMessages } from '../../i18n/locale';

/** Strings of the declaration pages (detail, uploads, the applicant's actions). */
export const MESSAGES: PageMessages<
  | 'progress'
  | 'stage.draft'
  | 'stage.employer'
  | 'stage.department'
  | 'stage.office'
  | 'stage.accepted'
  | 'stage.review'
  | 'stage.publicity'
  | 'stage.certificate'
  | 'materials'
  | 'material.parts'
  | 'material.stamped'
  | 'material.notStamped'
  | 'upload'
  | 'upload.replace'
  | 'upload.done'
  | 'upload.missing'
  | 'upload.progress'
  | 'upload.hint'
  | 'actions'
  | 'submit'
  | 'submit.done'
  | 'resubmit'
  | 'resubmit.done'
  | 'withdraw'
  | 'withdraw.confirm'
  | 'withdraw.done'
  | 'returned'
  | 'defects'
  | 'defects.deadline'
  | 'fee'
  | 'fee.due'
  | 'fee.reference'
  | 'fee.pay'
  | 'fee.done'
  | 'certificate'
  | 'certificate.number'
  | 'certificate.rendering'
  | 'doc.certificate'
  | 'doc.evaluation-form'
  | 'download'
  | 'channel'
  | 'plan'
  | 'unitPublicity'
  | 'view'
  | 'unitPublicity.image'
> = {
  'zh-CN': {
    progress: '办理进度',
    'stage.draft': '填写申报',
    'stage.employer': '单位审核',
    'stage.department': '主管部门审核',
    'stage.office': '评委会办公室审查',
    'stage.accepted': '受理',
    'stage.review': '核验与评审',
    'stage.publicity': '公示',
    'stage.certificate': '发证',
    materials: '申报材料',
    'material.parts': '需上传',
    'material.stamped': '首页已盖单位公章',
    'material.notStamped': '首页未盖单位公章',
    upload: '上传',
    'upload.replace': '重新上传',
    'upload.done': '已上传',
    'upload.missing': '未上传',
    'upload.progress': '{part} 上传进度',
    'upload.hint': '支持 PDF、JPG、PNG 格式',
    actions: '办理',
    submit: '提交申报',
    'submit.done': '已提交，等待单位审核',
    resubmit: '补正后重新提交',
    'resubmit.done': '已重新提交',
    withdraw: '撤回申报',
    'withdraw.confirm': '撤回后本次申报终止，确定撤回吗？',
    'withdraw.done': '已撤回',
    returned: '申报被退回，请按理由修改后重新提交',
    defects: '一次性补正告知（R-RV-4）：请补正以下全部问题后重新提交，仅此一次',
    'defects.deadline': '补正截止日期：{date}',
    fee: '缴纳评审费（R-RV-5）',
    'fee.due': '应缴 {amount} 元，截止日期 {date}，逾期视为放弃',
    'fee.reference': '缴费凭证号',
    'fee.pay': '确认缴费',
    'fee.done': '缴费已确认',
    certificate: '电子证书',
    'certificate.number': '证书编号',
    'certificate.rendering': '正在生成，请稍后刷新',
    'doc.certificate': '职称证书',
    'doc.evaluation-form': '评审表',
    download: '下载{name}',
    channel: '申报渠道',
    plan: '年度计划',
    unitPublicity: '单位公示',
    view: '查看{name}',
    'unitPublicity.image': '公示照片',
  },
  en: {
    progress: 'Progress',
    'stage.draft': 'Declaration',
    'stage.employer': 'Employer review',
    'stage.department': 'Department review',
    'stage.office': 'Office review',
    'stage.accepted': 'Accepted',
    'stage.review': 'Verification and review',
    'stage.publicity': 'Publicity',
    'stage.certificate': 'Certificate',
    materials: 'Materials',
    'material.parts': 'To upload',
    'material.stamped': "First page stamped by the employer",
    'material.notStamped': 'First page not stamped',
    upload: 'Upload',
    'upload.replace': 'Upload again',
    'upload.done': 'Uploaded',
    'upload.missing': 'Not uploaded',
    'upload.progress': 'Upload progress of {part}',
    'upload.hint': 'PDF, JPG or PNG',
    actions: 'Actions',
    submit: 'Submit',
    'submit.done': 'Submitted to your employer',
    resubmit: 'Resubmit after correction',
    'resubmit.done': 'Resubmitted',
    withdraw: 'Withdraw',
    'withdraw.confirm': 'Withdrawing ends this declaration. Withdraw it?',
    'withdraw.done': 'Withdrawn',
    returned: 'Returned: change it as the reason says and submit again',
    defects: 'One-time correction notice (R-RV-4): correct every item below and resubmit; this happens once only',
    'defects.deadline': 'Correct by {date}',
    fee: 'Evaluation fee (R-RV-5)',
    'fee.due': '{amount} yuan due by {date}; unpaid by then, the declaration is abandoned',
    'fee.reference': 'Payment reference',
    'fee.pay': 'Confirm payment',
    'fee.done': 'Payment recorded',
    certificate: 'Certificate',
    'certificate.number': 'Certificate number',
    'certificate.rendering': 'Being rendered; refresh shortly',
    'doc.certificate': 'certificate',
    'doc.evaluation-form': 'evaluation form',
    download: 'Download {name}',
    channel: 'Channel',
    plan: 'Annual plan',
    unitPublicity: 'Unit publicity',
    view: 'Open {name}',
    'unitPublicity.image': 'photograph of the publicity',
  },
};
