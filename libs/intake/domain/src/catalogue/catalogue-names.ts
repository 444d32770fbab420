import type { Level } from '../plans/annual-plan.schema';
import type { Catalogue } from './catalogue.schema';

export interface CatalogueNames {
  /** 工程技术; the code where the catalogue has no name. */
  seriesName: string;
  /** 计量; the code where the catalogue has no name. */
  specialtyName: string;
  /** 高级工程师: the title the level confers, when the catalogue knows its one name. */
  titleName?: string;
}

/** The Chinese names certificates print. */
export function catalogueNames(catalogue: Catalogue, series: string, specialty: string, level?: Level): CatalogueNames {
  const entry = catalogue.series.find((s) => s.code === series);
  const specialtyEntry = entry?.specialties.find((s) => s.code === specialty);
  const titleName = level === undefined ? undefined : (specialtyEntry?.titles?.[level] ?? entry?.titles?.[level]);
  return { seriesName: entry?.name ?? series, specialtyName: specialtyEntry?.name ?? specialty, ...(titleName ? { titleName } : {}) };
}
