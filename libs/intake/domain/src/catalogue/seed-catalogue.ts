import { LEVELS, type Level } from '../plans/annual-plan.schema';
import { catalogueSchema, type Catalogue } from './catalogue.schema';

/*
 * Sources (in /work/shared/seeds/):
 *   000  Tianjin HR bureau, 2023 city-wide evaluation notice (津人社办函〔2023〕355号)
 *   001  Tianjin engineering series quality/metrology/standardisation/drug-inspection plan 2023
 *   003  Jilin 2023 title reform and evaluation notice (吉人社函〔2023〕8号)
 *   004  Beijing 2023 evaluation notice
 *
 * 000's attachments 1 (系列/专业设置表) and 2 (评审委员会设置表) and 004's attachment 1 (专业、机构)
 * are referred to but not part of the texts, so the full lists of specialties and committees are not
 * available: only what the notice bodies name is here.
 *
 * Levels: the notices do not list the levels of each series; unless a comment says otherwise a
 * series offers all four (the national structure: 初级 incl. 员级/助理级, 中级, 副高级, 正高级).
 */

const ALL_LEVELS: Level[] = [...LEVELS];

/*
 * Titles (资格名称) by level, for `titles`. The notices name only a few: 助理工程师 and 工程师
 * (000 §1(3)), 工程师 and 高级工程师 (003 §2(1)), 正高级讲师 (003 §1(7)) and
 * 高级社会工作师 (000 §4(5)). The others are the national names of each series (the series'
 * guidelines of the Ministry of Human Resources and Social Security). 初级 is given its 助理级
 * name, the one evaluated (员级 is recognised, not evaluated). A series whose names depend on
 * the specialty or the track (卫生, 农业, 艺术, 新闻, 出版, 体育, 技工院校教师…) has none here
 * yet, and 初级 of school teachers (三级 or 二级教师) has none: certificates then print series and level.
 */
const titles = (primary: string | undefined, intermediate: string, deputySenior: string, senior?: string) => ({
  ...(primary ? { primary } : {}),
  intermediate,
  'deputy-senior': deputySenior,
  ...(senior ? { senior } : {}),
});

// openToHighSkill: true exactly for the series 000 §1(2) and 004 §1 open to high-skill talent (R-CM-3).
const SERIES = [
  {
    code: 'engineering',
    name: '工程技术',
    titles: titles('助理工程师', '工程师', '高级工程师', '正高级工程师'),
    levels: ALL_LEVELS,
    examPlusReview: false,
    openToHighSkill: true, // 000 §1(2), 004 §1
    specialties: [
      // 001 title and §1: the four specialties of the quality/metrology committee
      { code: 'quality', name: '质量' },
      { code: 'metrology', name: '计量' },
      { code: 'standardisation', name: '标准化' },
      { code: 'drug-inspection', name: '药品检验' },
      // 000 §3(1): specialties set up but without a published committee or standard yet
      { code: 'ocean-engineering', name: '海洋工程' },
      { code: 'big-data', name: '大数据' },
      { code: 'cloud-computing', name: '云计算' },
      { code: 'digital-management', name: '数字化管理' },
      { code: 'intelligent-manufacturing', name: '智能制造' },
      { code: 'industrial-internet', name: '工业互联网' },
      { code: 'virtual-reality', name: '虚拟现实' },
      { code: 'blockchain', name: '区块链' },
      // 000 §1(3): direct recognition as assistant engineer / engineer in the digital economy
      { code: 'digital-economy', name: '数字经济领域' },
    ],
  },
  { code: 'agriculture', name: '农业技术', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [] }, // 000 §1(2), 004 §1, 004 §3(1)
  // 004 §3(1). examPlusReview: 高级经济师 is exam-plus-review by national rule — not stated in the notices (assumed).
  { code: 'economics', name: '经济', levels: ALL_LEVELS, examPlusReview: true, openToHighSkill: false, specialties: [], titles: titles('助理经济师', '经济师', '高级经济师', '正高级经济师') },
  // 004 §3(1). examPlusReview: 高级会计师 is exam-plus-review by national rule (assumed, as above).
  { code: 'accounting', name: '会计', levels: ALL_LEVELS, examPlusReview: true, openToHighSkill: false, specialties: [], titles: titles('助理会计师', '会计师', '高级会计师', '正高级会计师') },
  // 004 §3(1). examPlusReview: 高级统计师 is exam-plus-review by national rule (assumed, as above).
  { code: 'statistics', name: '统计', levels: ALL_LEVELS, examPlusReview: true, openToHighSkill: false, specialties: [], titles: titles('助理统计师', '统计师', '高级统计师', '正高级统计师') },
  // 004 §3(1). examPlusReview: 高级审计师 is exam-plus-review by national rule (assumed, as above).
  { code: 'auditing', name: '审计', levels: ALL_LEVELS, examPlusReview: true, openToHighSkill: false, specialties: [], titles: titles('助理审计师', '审计师', '高级审计师', '正高级审计师') },
  { code: 'sports', name: '体育', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [] }, // 000 §1(2), 004 §1, §3(1)
  { code: 'journalism', name: '新闻', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [] }, // 004 §3(1)
  { code: 'publishing', name: '出版', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [] }, // 004 §3(1)
  { code: 'broadcasting', name: '播音主持', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [] }, // 004 §3(1)
  { code: 'translation', name: '翻译', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('三级翻译', '二级翻译', '一级翻译', '译审') }, // 004 §3(1)
  // 000 §1(2), 004 §1 (also freelancers recommended by associations), §3(1)
  { code: 'art', name: '艺术', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [] },
  { code: 'arts-and-crafts', name: '工艺美术', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [], titles: titles('助理工艺美术师', '工艺美术师', '高级工艺美术师', '正高级工艺美术师') }, // 000 §1(2), 004 §1, §3(1)
  { code: 'cultural-relics', name: '文物博物', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [], titles: titles('助理馆员', '馆员', '副研究馆员', '研究馆员') }, // 000 §1(2), 004 §1, §3(1)
  { code: 'library', name: '图书资料', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('助理馆员', '馆员', '副研究馆员', '研究馆员') }, // 004 §3(1)
  { code: 'archives', name: '档案', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('助理馆员', '馆员', '副研究馆员', '研究馆员') }, // 004 §3(1)
  // 004 §3(1); 000 §3(2) speaks of 研究系列 without splitting it
  { code: 'natural-science-research', name: '自然科学研究', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('研究实习员', '助理研究员', '副研究员', '研究员') },
  { code: 'social-science-research', name: '哲学社会科学研究', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('研究实习员', '助理研究员', '副研究员', '研究员') },
  { code: 'public-legal-services', name: '公共法律服务', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [] }, // 004 §3(1)
  { code: 'experimental-technology', name: '实验技术', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [], titles: titles('助理实验师', '实验师', '高级实验师', '正高级实验师') }, // 000 §1(2), 004 §1
  {
    code: 'health',
    name: '卫生技术', // 004 §3(2) 卫生技术; 000 §3(5) and 003 §1(8) 卫生系列
    levels: ALL_LEVELS,
    examPlusReview: false,
    openToHighSkill: false,
    specialties: [{ code: 'grassroots-health', name: '基层卫生' }], // 000 §3(5): school doctors declare here
  },
  {
    code: 'primary-secondary-teachers',
    name: '中小学教师', // 000 §3(5), 003 §1(5)(6)(8), 004 §3(2)
    titles: titles(undefined, '一级教师', '高级教师', '正高级教师'),
    levels: ALL_LEVELS,
    examPlusReview: false,
    openToHighSkill: false,
    // 000 §3(5): 德育 teachers named; pre-school, school health-care and health-education teachers
    // "may take the corresponding teacher series" (placed here as specialties)
    specialties: [
      { code: 'moral-education', name: '德育' },
      { code: 'preschool', name: '学前教育' },
      { code: 'school-health-care', name: '保健' },
      { code: 'health-education', name: '健康教育' },
    ],
  },
  // 003 §1(7) (正高级讲师), 004 §3(2)
  { code: 'secondary-vocational-teachers', name: '中等职业学校教师', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('助理讲师', '讲师', '高级讲师', '正高级讲师') },
  // 000 §1(2), 003 §1(7), 004 §1, §3(2)
  { code: 'technical-school-teachers', name: '技工院校教师', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: true, specialties: [] },
  {
    code: 'higher-education-teachers',
    name: '高等学校教师', // 000 §3(5), 003 §2(4), 004 §3(3)
    titles: titles('助教', '讲师', '副教授', '教授'),
    levels: ALL_LEVELS,
    examPlusReview: false,
    openToHighSkill: false,
    specialties: [{ code: 'counsellor', name: '高校专职辅导员' }], // 000 §3(5)
  },
  { code: 'party-school-teachers', name: '党校教师', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('助教', '讲师', '副教授', '教授') }, // 004 §3(3)
  {
    code: 'social-work',
    name: '社会工作', // 000 §4(5) 高级社会工作师; 003 §1(10) (Jilin: 社会服务师 titles correspond)
    // ASSUMED levels: 助理社会工作师, 社会工作师, 高级社会工作师 — no 正高级 is named in any notice.
    titles: titles('助理社会工作师', '社会工作师', '高级社会工作师'),
    levels: ['primary', 'intermediate', 'deputy-senior'] satisfies Level[],
    examPlusReview: true, // 003 §1(10): 高级社会工作者 "考评结合" (junior levels "以考代评")
    openToHighSkill: false,
    specialties: [],
  },
  // 000 §1(1): 2023 lawyers are still evaluated under the old policy
  { code: 'lawyers', name: '律师', levels: ALL_LEVELS, examPlusReview: false, openToHighSkill: false, specialties: [], titles: titles('四级律师', '三级律师', '二级律师', '一级律师') },
];

/*
 * Committees. Only the 001 committee is named by a notice; every entry built by `assumedCommittee`
 * is ASSUMED (marked `assumed: true`): the notices name the series a region evaluates but not the
 * committee (the lists are in attachments that are not in the texts), so one socialised committee
 * per region and series stands in for them so that a declaration can be routed. Their names and
 * organising units are placeholders (by default the region's HR bureau), to be replaced from
 * 000 attachment 2 / 004 attachment 1 / Jilin's committee list.
 */

const TIANJIN = 'tianjin';
const BEIJING = 'beijing';
const JILIN = 'jilin';

const REGIONS = {
  [TIANJIN]: { prefix: 'tianjin', bureau: '天津市人力资源和社会保障局' },
  [BEIJING]: { prefix: 'beijing', bureau: '北京市人力资源和社会保障局' },
  [JILIN]: { prefix: 'jilin', bureau: '吉林省人力资源和社会保障厅' },
} as const;
type Region = keyof typeof REGIONS;

function seriesByCode(code: string) {
  const series = SERIES.find((candidate) => candidate.code === code);
  if (!series) throw new Error(`seed catalogue: unknown series ${code}`);
  return series;
}

/** An ASSUMED socialised committee for a whole series in a region. */
function assumedCommittee(region: Region, series: string, overrides: { organisingUnit?: string; levels?: Level[]; idSuffix?: string; name?: string } = {}) {
  const { prefix, bureau } = REGIONS[region];
  const { name, levels } = seriesByCode(series);
  return {
    id: `${prefix}-${series}${overrides.idSuffix ? `-${overrides.idSuffix}` : ''}`,
    name: overrides.name ?? `${region}${name}系列职称评审委员会`,
    region,
    organisingUnit: overrides.organisingUnit ?? bureau,
    type: 'socialised' as const,
    series,
    specialties: ['*'],
    levels: overrides.levels ?? levels,
    assumed: true,
  };
}

/** Series each region's notice names, so that each can be routed to at least one committee. */
export const SERIES_NAMED_BY_REGION: Readonly<Record<Region, readonly string[]>> = {
  // 000 §1(1) lawyers, §1(2) high-skill series, §3(1) engineering, §3(2) health/engineering/art/
  // teachers/research, §3(5) teachers, higher education, health, §4(5) social work
  [TIANJIN]: [
    'engineering',
    'agriculture',
    'arts-and-crafts',
    'cultural-relics',
    'experimental-technology',
    'art',
    'sports',
    'technical-school-teachers',
    'health',
    'primary-secondary-teachers',
    'higher-education-teachers',
    'natural-science-research',
    'social-science-research',
    'social-work',
    'lawyers',
  ],
  // 004 §1 high-skill series, §3(1) professional-qualification series, §3(2) professional-post
  // series, §3(3) universities and party schools
  [BEIJING]: [
    'engineering',
    'agriculture',
    'economics',
    'accounting',
    'statistics',
    'auditing',
    'sports',
    'journalism',
    'publishing',
    'broadcasting',
    'translation',
    'art',
    'arts-and-crafts',
    'cultural-relics',
    'library',
    'archives',
    'natural-science-research',
    'social-science-research',
    'public-legal-services',
    'experimental-technology',
    'health',
    'primary-secondary-teachers',
    'secondary-vocational-teachers',
    'technical-school-teachers',
    'higher-education-teachers',
    'party-school-teachers',
  ],
  // 003 §1(5)(6)(8) schools and health, §1(7) vocational and technical schools, §1(10) social
  // work, §2(1) engineering, §2(4) universities
  [JILIN]: [
    'primary-secondary-teachers',
    'health',
    'secondary-vocational-teachers',
    'technical-school-teachers',
    'social-work',
    'engineering',
    'higher-education-teachers',
  ],
};

const COMMITTEES = [
  {
    id: 'tianjin-engineering-quality-metrology',
    // The name follows 001's title; 001 calls it 本评委会 without spelling the full name.
    name: '天津市工程技术系列质量、计量、标准化、药品检验专业职称评审委员会',
    region: TIANJIN,
    // 001 §8: the plan and the results are published on the 市市场监管委 site, and the committee's
    // standard is the engineering reform opinion (001 §3); the organising unit is taken to be the
    // market-regulation commission (not spelled out as 组建单位 in 001).
    organisingUnit: '天津市市场监督管理委员会',
    type: 'socialised' as const, // 000 §2: socialised committees approved and filed by the bureau
    series: 'engineering',
    specialties: ['quality', 'metrology', 'standardisation', 'drug-inspection'], // 001 §1
    levels: ['intermediate', 'deputy-senior'] satisfies Level[], // 001 §1: 副高级和中级
    // filingNumber: not given in 000 or 001 (000 §2 says the attachment-2 committees are filed).
  },

  // ---- Tianjin: ASSUMED, one per series named by 000 ----
  // engineering: everything outside the 001 committee's specialties and levels
  ...SERIES_NAMED_BY_REGION[TIANJIN].map((series) => assumedCommittee(TIANJIN, series)),

  // ---- Beijing: ASSUMED, except where 004 names the organising unit ----
  ...SERIES_NAMED_BY_REGION[BEIJING].filter((series) => !['health', 'primary-secondary-teachers', 'secondary-vocational-teachers', 'technical-school-teachers', 'higher-education-teachers', 'party-school-teachers'].includes(series)).map((series) =>
    assumedCommittee(BEIJING, series),
  ),
  // 004 §3(2): 专业技术职务评审 follows the competent department's own schedule; departments assumed.
  assumedCommittee(BEIJING, 'health', { organisingUnit: '北京市卫生健康委员会' }),
  assumedCommittee(BEIJING, 'primary-secondary-teachers', { organisingUnit: '北京市教育委员会' }),
  assumedCommittee(BEIJING, 'secondary-vocational-teachers', { organisingUnit: '北京市教育委员会' }),
  assumedCommittee(BEIJING, 'technical-school-teachers'),
  // 004 §3(3): universities and party schools evaluate themselves (self-evaluation, one committee
  // per institution — not seeded); those unable to do the academic review entrust 市教委 / 市委党校.
  // These two stand for that entrusted academic review (the organising units are from 004 §3(3);
  // modelling them as socialised committees is the assumption).
  assumedCommittee(BEIJING, 'higher-education-teachers', { organisingUnit: '北京市教育委员会', name: '北京市高等学校教师职称评审（市教委受托学术评议）' }),
  assumedCommittee(BEIJING, 'party-school-teachers', { organisingUnit: '中共北京市委党校', name: '北京市党校教师职称评审（市委党校受托学术评议）' }),

  // ---- Jilin ----
  // 003 §1(5): 副高级/中级 of primary and secondary schools are devolved to the schools, to alliances
  // of schools, or to a regional alliance committee formed by the local education or HR department
  // (reported to the province before reviewing). This entry stands for such a regional committee
  // (type from 003 §1(5); the instance, its name and the 初级 level are ASSUMED).
  {
    ...assumedCommittee(JILIN, 'primary-secondary-teachers', {
      idSuffix: 'regional',
      organisingUnit: '属地教育或人力资源和社会保障部门（受托）',
      name: '吉林省区域性中小学校教师职称评聘委员会（区域联盟）',
      levels: ['primary', 'intermediate', 'deputy-senior'],
    }),
    type: 'joint' as const,
  },
  // 正高级 of school teachers stays with a provincial committee (ASSUMED).
  assumedCommittee(JILIN, 'primary-secondary-teachers', { idSuffix: 'senior', organisingUnit: '吉林省教育厅', levels: ['senior'] }),
  assumedCommittee(JILIN, 'health', { organisingUnit: '吉林省卫生健康委员会' }),
  // 003 §1(7): separate-evaluation vocational and technical schools use "全省统一组建的社会化职称评审委员会"
  // (the committee is from 003; its organising unit is ASSUMED).
  assumedCommittee(JILIN, 'secondary-vocational-teachers'),
  assumedCommittee(JILIN, 'technical-school-teachers'),
  assumedCommittee(JILIN, 'social-work'),
  assumedCommittee(JILIN, 'engineering'),
  assumedCommittee(JILIN, 'higher-education-teachers', { organisingUnit: '吉林省教育厅' }),
  // Not seeded (cannot be expressed with one series per committee, see the report):
  // 003 §1(11) the province's cross-series 高技能人才贯通职称评审委员会, and the directed (定向) reviews
  // organised by each border county's HR bureau (003 §1(9)).
];

export const SEED_CATALOGUE: Catalogue = catalogueSchema.parse({ series: SERIES, committees: COMMITTEES });
