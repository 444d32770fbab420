import type { PageMessages } from '../../i18n/locale';

/** Strings of the employer's pages (the recommendation with its unit publicity, R-RV-1). */
export const MESSAGES: PageMessages<
  | 'recommend'
  | 'recommend.title'
  | 'recommend.intro'
  | 'from'
  | 'to'
  | 'workingDays'
  | 'workingDays.required'
  | 'workingDays.enough'
  | 'workingDays.short'
  | 'workingDays.backwards'
  | 'image'
  | 'image.choose'
  | 'image.sha256'
  | 'image.progress'
  | 'image.needed'
  | 'done'
> = {
  'zh-CN': {
    recommend: '推荐',
    'recommend.title': '推荐申报（单位公示 R-RV-1）',
    'recommend.intro': '推荐前须在本单位公示不少于计划规定的工作日，公示结束后上传公示照片再推荐。',
    from: '公示开始日期',
    to: '公示结束日期',
    workingDays: '公示期共 {n} 个工作日（已扣除法定节假日，计入调休上班日）',
    'workingDays.required': '本年度计划要求不少于 {n} 个工作日',
    'workingDays.enough': '符合要求',
    'workingDays.short': '不足规定工作日',
    'workingDays.backwards': '结束日期早于开始日期',
    image: '公示照片',
    'image.choose': '选择公示照片',
    'image.sha256': 'SHA-256：{hash}',
    'image.progress': '公示照片上传进度',
    'image.needed': '请上传公示照片',
    done: '已推荐',
  },
  en: {
    recommend: 'Recommend',
    'recommend.title': 'Recommend (unit publicity, R-RV-1)',
    'recommend.intro': 'Publicise the recommendation in the unit for at least the working days the plan sets; once it has ended, upload its photograph and recommend.',
    from: 'Publicity from',
    to: 'Publicity to',
    workingDays: '{n} working days (public holidays excluded, make-up workdays counted)',
    'workingDays.required': "This year's plan requires at least {n}",
    'workingDays.enough': 'Meets the requirement',
    'workingDays.short': 'Too short',
    'workingDays.backwards': 'The end is before the start',
    image: 'Photograph of the publicity',
    'image.choose': 'Choose the photograph',
    'image.sha256': 'SHA-256: {hash}',
    'image.progress': 'Upload progress of the photograph',
    'image.needed': 'Upload the photograph of the publicity',
    done: 'Recommended',
  },
};
