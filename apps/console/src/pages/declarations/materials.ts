/**
 * R-RV-6 (001 §9(3)): the parts each kind of achievement must show, each uploaded as a file. A copy of
 * MATERIAL_REQUIREMENTS in libs/intake/domain (materials/material-requirements.ts): the browser app
 * imports no workspace library; intake refuses a part that is not in its own list (400).
 */
export const MATERIAL_PARTS = {
  paper: ['journal-cover', 'copyright-page', 'contents', 'full-text'],
  book: ['cover', 'isbn-page', 'contents-marking-own-chapters'],
  report: ['full-text-naming-applicant'],
  patent: ['full-text-naming-applicant'],
  standard: ['full-text-naming-applicant'],
  award: ['certificate-naming-applicant'],
  'peer-expert-opinion': ['signed-opinion', 'expert-title-certificate'],
} as const satisfies Record<string, readonly string[]>;

export type MaterialType = keyof typeof MATERIAL_PARTS;
export const MATERIAL_TYPES = Object.keys(MATERIAL_PARTS) as MaterialType[];

export const MATERIAL_TYPE_NAMES: Record<MaterialType, { 'zh-CN': string; en: string }> = {
  paper: { 'zh-CN': '论文', en: 'Paper' },
  book: { 'zh-CN': '著作', en: 'Book' },
  report: { 'zh-CN': '研究报告', en: 'Report' },
  patent: { 'zh-CN': '专利', en: 'Patent' },
  standard: { 'zh-CN': '标准', en: 'Standard' },
  award: { 'zh-CN': '获奖', en: 'Award' },
  'peer-expert-opinion': { 'zh-CN': '同行专家意见', en: 'Peer expert opinion' },
};

export const PART_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  'journal-cover': { 'zh-CN': '期刊封面', en: 'Journal cover' },
  'copyright-page': { 'zh-CN': '版权页', en: 'Copyright page' },
  contents: { 'zh-CN': '目录', en: 'Contents' },
  'full-text': { 'zh-CN': '正文', en: 'Full text' },
  cover: { 'zh-CN': '封面', en: 'Cover' },
  'isbn-page': { 'zh-CN': '书号页', en: 'ISBN page' },
  'contents-marking-own-chapters': { 'zh-CN': '目录（标明本人章节）', en: 'Contents marking own chapters' },
  'full-text-naming-applicant': { 'zh-CN': '署名全文', en: 'Full text naming the applicant' },
  'certificate-naming-applicant': { 'zh-CN': '署名获奖证书', en: 'Certificate naming the applicant' },
  'signed-opinion': { 'zh-CN': '签名意见', en: 'Signed opinion' },
  'expert-title-certificate': { 'zh-CN': '专家职称证书', en: "Expert's title certificate" },
};

/** A declared material as intake stores it: the parts uploaded so far are listed in `parts`. */
export interface DeclaredMaterial {
  type: MaterialType;
  title: string;
  parts: string[];
  firstPageStamped: boolean;
  cn?: string;
  issn?: string;
  isbn?: string;
}
