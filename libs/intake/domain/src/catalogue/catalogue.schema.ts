import { z } from 'zod';
import { levelSchema } from '../plans/annual-plan.schema';

/**
 * The catalogue: which title series (职称系列) exist, with their specialties (专业) and levels
 * (层级), and which committees (评审委员会) review them where. Series and specialty codes are
 * lowercase kebab English; the Chinese name is kept in `name`.
 */
const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase kebab-case code');

/**
 * The title (资格名称) a level confers, e.g. deputy-senior engineering → 高级工程师. A level left out
 * has no single name (初级 of teachers is 三级 or 二级教师); certificates then print series and level.
 */
const titlesSchema = z.partialRecord(levelSchema, z.string().min(1));

export const specialtySchema = z.object({
  code,
  /** Chinese name, e.g. 计量. */
  name: z.string().min(1),
  /** Where the specialty's titles differ from its series' (卫生: 医师, 护师…). */
  titles: titlesSchema.optional(),
});
export type Specialty = z.infer<typeof specialtySchema>;

export const seriesSchema = z.object({
  /** e.g. `engineering`. */
  code,
  /** Chinese name, e.g. 工程技术. */
  name: z.string().min(1),
  /** Levels the series offers (初级 incl. 员级/助理级, 中级, 副高级, 正高级). */
  levels: z.array(levelSchema).min(1),
  /** R-EL-7: the senior (高级) title is granted only after a national exam (考评结合). */
  examPlusReview: z.boolean(),
  /** R-CM-3: high-skill talent may declare; the committee's pool must hold ≥3 high-skill experts. */
  openToHighSkill: z.boolean(),
  /** Specialties the notices name; empty when the notices do not enumerate them. */
  specialties: z.array(specialtySchema),
  titles: titlesSchema.optional(),
});
export type Series = z.infer<typeof seriesSchema>;

export const COMMITTEE_TYPES = ['socialised', 'self-evaluation', 'joint'] as const;

export const committeeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Chinese name, e.g. 天津市工程技术系列质量、计量、标准化、药品检验专业职称评审委员会. */
  name: z.string().min(1),
  /** Same spelling as `AnnualPlan.region`, e.g. 天津市. */
  region: z.string().min(1),
  /** The unit that formed the committee (组建单位). */
  organisingUnit: z.string().min(1),
  /** socialised (社会化), an employer's own (自主评审), or several employers together (联合/联盟). */
  type: z.enum(COMMITTEE_TYPES),
  /** A series code from the catalogue. */
  series: code,
  /** Specialty codes of that series, or `['*']` for all of them. */
  specialties: z.array(z.string().min(1)).min(1),
  levels: z.array(levelSchema).min(1),
  /** R-CM-1: the filing (备案) number, when known. */
  filingNumber: z.string().min(1).optional(),
  /**
   * True when the committee is not named by any of the notices and was put in only so that a
   * declaration can be routed; its name and organising unit are then placeholders to confirm.
   */
  assumed: z.boolean().default(false),
});
export type Committee = z.infer<typeof committeeSchema>;

export const catalogueSchema = z
  .object({
    series: z.array(seriesSchema).min(1),
    committees: z.array(committeeSchema),
  })
  .superRefine((catalogue, context) => {
    const seriesByCode = new Map<string, Series>();
    catalogue.series.forEach((series, index) => {
      if (seriesByCode.has(series.code)) context.addIssue({ code: 'custom', path: ['series', index, 'code'], message: `duplicate series code ${series.code}` });
      seriesByCode.set(series.code, series);
      const seen = new Set<string>();
      series.specialties.forEach((specialty, specialtyIndex) => {
        if (seen.has(specialty.code)) context.addIssue({ code: 'custom', path: ['series', index, 'specialties', specialtyIndex, 'code'], message: `duplicate specialty code ${specialty.code}` });
        seen.add(specialty.code);
      });
    });

    const ids = new Set<string>();
    catalogue.committees.forEach((committee, index) => {
      const path = (field: string) => ['committees', index, field];
      if (ids.has(committee.id)) context.addIssue({ code: 'custom', path: path('id'), message: `duplicate committee id ${committee.id}` });
      ids.add(committee.id);

      const series = seriesByCode.get(committee.series);
      if (!series) {
        context.addIssue({ code: 'custom', path: path('series'), message: `unknown series ${committee.series}` });
        return;
      }
      if (committee.specialties.includes('*')) {
        if (committee.specialties.length > 1) context.addIssue({ code: 'custom', path: path('specialties'), message: "'*' stands alone" });
      } else {
        for (const specialty of committee.specialties) {
          if (!series.specialties.some((known) => known.code === specialty)) {
            context.addIssue({ code: 'custom', path: path('specialties'), message: `unknown specialty ${specialty} of series ${series.code}` });
          }
        }
      }
      for (const level of committee.levels) {
        if (!series.levels.includes(level)) context.addIssue({ code: 'custom', path: path('levels'), message: `series ${series.code} does not offer ${level}` });
      }
    });
  });

export type Catalogue = z.infer<typeof catalogueSchema>;
