import type { PageMessages } from '../../i18n/locale';

/** Strings of the applicant's pages (the new declaration form). */
export const MESSAGES: PageMessages<
  | 'new.title'
  | 'new.intro'
  | 'new.create'
  | 'new.created'
  | 'new.refused'
  | 'section.plan'
  | 'section.person'
  | 'section.post'
  | 'section.education'
  | 'section.materials'
  | 'plan'
  | 'plan.deadline'
  | 'series'
  | 'specialty'
  | 'level'
  | 'routing.committee'
  | 'routing.letter'
  | 'entrustmentLetterId'
  | 'channel'
  | 'channelEvidence'
  | 'name'
  | 'idNumber'
  | 'fromToken'
  | 'employerCreditCode'
  | 'department'
  | 'department.hint'
  | 'personCategory'
  | 'origin'
  | 'currentPost.since'
  | 'currentPost.unitKind'
  | 'currentPost.tier'
  | 'employment.kind'
  | 'employment.filingNumber'
  | 'employment.months'
  | 'degree'
  | 'institution'
  | 'major'
  | 'graduatedOn'
  | 'studyMode'
  | 'continuingEducationPromise'
  | 'material.type'
  | 'material.title'
  | 'material.stamped'
  | 'material.cn'
  | 'material.issn'
  | 'material.isbn'
  | 'material.parts'
  | 'material.add'
  | 'material.remove'
  | 'material.uploadLater'
  | 'directedCounty'
  | 'grassrootsServiceYears'
  | 'yearsAtIntermediate'
  | 'seniorExpertRecommendations'
  | 'exam.passedOn'
  | 'retirementDate'
  | 'heldTitle'
  | 'newDeclaration'
> = {
  'zh-CN': {
    'new.title': '新建职称申报',
    'new.intro': '先保存为草稿，再在申报详情页逐项上传材料并提交。姓名和证件号码取自您的实名登录信息。',
    'new.create': '保存草稿',
    'new.created': '草稿已保存，请上传材料',
    'new.refused': '请按提示修改',
    'section.plan': '年度计划与申报类别',
    'section.person': '申报人',
    'section.post': '现任职务与劳动关系',
    'section.education': '最高学历学位',
    'section.materials': '业绩成果材料',
    plan: '年度评审计划',
    'plan.deadline': '申报时间：{opens} 至 {closes}；单位公示 {days} 个工作日',
    series: '职称系列',
    specialty: '专业',
    level: '申报级别',
    'routing.committee': '将由 {name} 评审',
    'routing.letter': '本地区无对应评委会，需委托评审（R-EL-8）',
    entrustmentLetterId: '委托评审函编号',
    channel: '申报渠道（R-EL-11）',
    channelEvidence: '本渠道须提供的证明材料',
    name: '姓名',
    idNumber: '证件号码',
    fromToken: '取自实名登录',
    employerCreditCode: '用人单位统一社会信用代码',
    department: '业务主管部门',
    'department.hint': '如 tianjin-market-regulation',
    personCategory: '人员类别',
    origin: '人员来源',
    'currentPost.since': '任现职时间',
    'currentPost.unitKind': '单位类型',
    'currentPost.tier': '单位层级',
    'employment.kind': '劳动关系证明（R-RV-2）',
    'employment.filingNumber': '劳动合同备案号',
    'employment.months': '工资发放记录月数',
    degree: '学位',
    institution: '毕业院校',
    major: '专业（学历）',
    graduatedOn: '毕业时间',
    studyMode: '学习形式',
    continuingEducationPromise: '承诺已完成继续教育学时（R-VF-1，告知承诺制）',
    'material.type': '成果类型',
    'material.title': '成果名称',
    'material.stamped': '首页已加盖单位公章',
    'material.cn': 'CN 号',
    'material.issn': 'ISSN 号',
    'material.isbn': 'ISBN 书号',
    'material.parts': '须分别上传：{parts}',
    'material.add': '添加成果',
    'material.remove': '删除成果 {n}',
    'material.uploadLater': '保存草稿后在详情页上传',
    newDeclaration: '新建申报',
    'directedCounty': '定向评价县（区）（R-EL-11）',
    'grassrootsServiceYears': '基层工作年限',
    'yearsAtIntermediate': '任中级职称年限',
    'seniorExpertRecommendations': '正高级专家推荐人数',
    'exam.passedOn': '全国统一考试合格时间（R-EL-7）',
    'retirementDate': '退休日期（近退休人员填写，R-EL-10）',
    'heldTitle': '现有职称级别（R-CT-3）',
  },
  en: {
    'new.title': 'New declaration',
    'new.intro': 'Save a draft first, then upload each material on its page and submit. Your name and identity number come from your real-name sign-in.',
    'new.create': 'Save draft',
    'new.created': 'Draft saved; now upload the materials',
    'new.refused': 'Please correct the fields shown',
    'section.plan': 'Plan and title',
    'section.person': 'Applicant',
    'section.post': 'Current post and employment',
    'section.education': 'Highest degree',
    'section.materials': 'Achievements',
    plan: 'Annual plan',
    'plan.deadline': 'Declarations from {opens} to {closes}; unit publicity {days} working days',
    series: 'Series',
    specialty: 'Specialty',
    level: 'Level',
    'routing.committee': 'Reviewed by {name}',
    'routing.letter': 'No committee here reviews this; an entrustment letter is needed (R-EL-8)',
    entrustmentLetterId: 'Entrustment letter number',
    channel: 'Channel (R-EL-11)',
    channelEvidence: 'Evidence this channel needs',
    name: 'Name',
    idNumber: 'Identity number',
    fromToken: 'from your real-name sign-in',
    employerCreditCode: "Employer's unified social credit code",
    department: 'Competent department',
    'department.hint': 'e.g. tianjin-market-regulation',
    personCategory: 'Category',
    origin: 'Origin',
    'currentPost.since': 'In the current post since',
    'currentPost.unitKind': 'Kind of unit',
    'currentPost.tier': 'Tier of the unit',
    'employment.kind': 'Employment confirmed by (R-RV-2)',
    'employment.filingNumber': 'Labour contract filing number',
    'employment.months': 'Months of wage records',
    degree: 'Degree',
    institution: 'Institution',
    major: 'Major',
    graduatedOn: 'Graduated on',
    studyMode: 'Study mode',
    continuingEducationPromise: 'I promise the continuing-education hours are complete (R-VF-1)',
    'material.type': 'Kind',
    'material.title': 'Title',
    'material.stamped': "First page stamped by the employer",
    'material.cn': 'CN number',
    'material.issn': 'ISSN',
    'material.isbn': 'ISBN',
    'material.parts': 'Upload separately: {parts}',
    'material.add': 'Add an achievement',
    'material.remove': 'Remove achievement {n}',
    'material.uploadLater': 'uploaded on its page once the draft is saved',
    newDeclaration: 'New declaration',
    'directedCounty': 'Directed county (R-EL-11)',
    'grassrootsServiceYears': 'Years of grassroots service',
    'yearsAtIntermediate': 'Years at intermediate level',
    'seniorExpertRecommendations': 'Recommendations by full-senior experts',
    'exam.passedOn': 'National exam passed on (R-EL-7)',
    'retirementDate': 'Retirement date (near retirement, R-EL-10)',
    'heldTitle': 'Title held now (R-CT-3)',
  },
};

/** Names of the plan's and profile's codes, in both languages. */
export const CODE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  primary: { 'zh-CN': '初级', en: 'Primary' },
  intermediate: { 'zh-CN': '中级', en: 'Intermediate' },
  'deputy-senior': { 'zh-CN': '副高级', en: 'Deputy senior' },
  senior: { 'zh-CN': '正高级', en: 'Senior' },
  normal: { 'zh-CN': '正常申报', en: 'Normal' },
  exceptional: { 'zh-CN': '破格申报', en: 'Exceptional' },
  'direct-vocational': { 'zh-CN': '职业资格直接申报', en: 'Direct (vocational qualification)' },
  'early-graduate': { 'zh-CN': '研究生提前申报', en: 'Early (graduates)' },
  'grassroots-3010': { 'zh-CN': '基层“3010”', en: 'Grassroots 3010' },
  directed: { 'zh-CN': '定向评价', en: 'Directed' },
  'employer-exceptional-application': { 'zh-CN': '单位破格推荐申请', en: "Employer's exceptional application" },
  'peer-expert-recommendations': { 'zh-CN': '正高级专家推荐表', en: 'Senior experts’ recommendations' },
  'vocational-qualification-certificate': { 'zh-CN': '职业资格证书', en: 'Vocational qualification certificate' },
  'graduate-degree-certificate': { 'zh-CN': '研究生学位证书', en: 'Graduate degree certificate' },
  'postdoctoral-certificate': { 'zh-CN': '博士后证书', en: 'Postdoctoral certificate' },
  'grassroots-service-certificate': { 'zh-CN': '基层服务证明', en: 'Grassroots service certificate' },
  'directed-county-certificate': { 'zh-CN': '定向县域证明', en: 'Directed county certificate' },
  'in-service': { 'zh-CN': '在职专业技术人员', en: 'In service' },
  'new-employment-form': { 'zh-CN': '新就业形态人员', en: 'New employment form' },
  freelancer: { 'zh-CN': '自由职业者', en: 'Freelancer' },
  mainland: { 'zh-CN': '内地', en: 'Mainland' },
  'hk-macau-taiwan': { 'zh-CN': '港澳台', en: 'Hong Kong, Macau, Taiwan' },
  foreign: { 'zh-CN': '外籍', en: 'Foreign' },
  separate: { 'zh-CN': '评聘分开的事业单位', en: 'Public institution, evaluation and appointment separate' },
  combined: { 'zh-CN': '评聘结合单位', en: 'Evaluation and appointment combined' },
  other: { 'zh-CN': '其他单位', en: 'Other' },
  provincial: { 'zh-CN': '省级', en: 'Provincial' },
  city: { 'zh-CN': '市级', en: 'City' },
  county: { 'zh-CN': '县级', en: 'County' },
  'labour-contract-filing': { 'zh-CN': '劳动合同备案', en: 'Labour contract filing' },
  'social-security-registration': { 'zh-CN': '社会保险登记', en: 'Social security registration' },
  'wage-records': { 'zh-CN': '工资发放记录（满6个月）', en: 'Wage records (≥ 6 months)' },
  associate: { 'zh-CN': '专科', en: 'Associate' },
  bachelor: { 'zh-CN': '学士', en: 'Bachelor' },
  master: { 'zh-CN': '硕士', en: 'Master' },
  doctor: { 'zh-CN': '博士', en: 'Doctor' },
  'full-time': { 'zh-CN': '全日制', en: 'Full-time' },
  'part-time': { 'zh-CN': '非全日制', en: 'Part-time' },
};
