import { z } from 'zod';
import { refuse, type Refusal } from '../eligibility/eligibility-rule';

/**
 * R-RV-6 (001 §9(3)): what each kind of achievement must show. Every item's first page carries
 * the employer's stamp.
 */
export const MATERIAL_REQUIREMENTS = {
  paper: ['journal-cover', 'copyright-page', 'contents', 'full-text'],
  book: ['cover', 'isbn-page', 'contents-marking-own-chapters'],
  report: ['full-text-naming-applicant'],
  patent: ['full-text-naming-applicant'],
  standard: ['full-text-naming-applicant'],
  award: ['certificate-naming-applicant'],
  'peer-expert-opinion': ['signed-opinion', 'expert-title-certificate'],
} as const satisfies Record<string, readonly string[]>;

export type MaterialType = keyof typeof MATERIAL_REQUIREMENTS;
export const MATERIAL_TYPES = Object.keys(MATERIAL_REQUIREMENTS) as MaterialType[];

export const declaredMaterialSchema = z.object({
  type: z.enum(MATERIAL_TYPES as [MaterialType, ...MaterialType[]]),
  title: z.string().min(1).max(200),
  /** The parts uploaded for this item (each a file, see materials storage). */
  parts: z.array(z.string()).default([]),
  firstPageStamped: z.boolean(),
  /** Papers: the copyright page's CN and ISSN numbers. */
  cn: z.string().optional(),
  issn: z.string().optional(),
  /** Books: the ISBN. */
  isbn: z.string().optional(),
});
export type DeclaredMaterial = z.infer<typeof declaredMaterialSchema>;

/** Every missing piece of evidence, item by item, so all can be fixed at once. */
export function materialProblems(materials: readonly DeclaredMaterial[]): Refusal[] {
  return materials.flatMap((material, i) => {
    const field = `materials.${i}`;
    const problems: Refusal[] = MATERIAL_REQUIREMENTS[material.type]
      .filter((part) => !material.parts.includes(part))
      .map((part) => refuse('R-RV-6', `${field}.parts`, `《${material.title}》缺少${part}`, `"${material.title}" (${material.type}) lacks ${part}`));
    if (!material.firstPageStamped) {
      problems.push(refuse('R-RV-6', `${field}.firstPageStamped`, `《${material.title}》首页须加盖用人单位公章`, `the first page of "${material.title}" must carry the employer's stamp`));
    }
    if (material.type === 'paper' && !(/^CN\s?\d{2}-\d{4}/.test(material.cn ?? '') && /^\d{4}-\d{3}[\dX]$/.test(material.issn ?? ''))) {
      problems.push(refuse('R-RV-6', `${field}.cn`, `论文《${material.title}》版权页须有CN号和ISSN号`, `the paper "${material.title}" needs the journal's CN and ISSN numbers`));
    }
    if (material.type === 'book' && !/^(97[89])?\d{9}[\dX]$/.test((material.isbn ?? '').replace(/-/g, ''))) {
      problems.push(refuse('R-RV-6', `${field}.isbn`, `著作《${material.title}》须有书号（ISBN）`, `the book "${material.title}" needs its ISBN`));
    }
    return problems;
  });
}
