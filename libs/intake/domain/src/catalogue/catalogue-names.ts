import type { Catalogue } from './catalogue.schema';

/** The Chinese names certificates print (工程技术, 计量); the code where the catalogue has no name. */
export function catalogueNames(catalogue: Catalogue, series: string, specialty: string): { seriesName: string; specialtyName: string } {
  const entry = catalogue.series.find((s) => s.code === series);
  return { seriesName: entry?.name ?? series, specialtyName: entry?.specialties.find((s) => s.code === specialty)?.name ?? specialty };
}
