import type { Level } from '../plans/annual-plan.schema';
import type { Catalogue, Committee } from './catalogue.schema';

export interface RoutingQuery {
  region: string;
  series: string;
  specialty: string;
  level: Level;
}

/**
 * The committees in a region that review this series, specialty and level: committees naming the
 * specialty first, then those covering every specialty (`*`). An empty answer means no local
 * committee, so an entrustment letter is needed (R-EL-8). Which of several candidates an employer
 * uses is its own choice, but then the same one for all (R-EL-5).
 */
export function committeesFor(catalogue: Catalogue, query: RoutingQuery): Committee[] {
  const candidates = catalogue.committees.filter(
    (committee) =>
      committee.region === query.region &&
      committee.series === query.series &&
      committee.levels.includes(query.level) &&
      (committee.specialties.includes('*') || committee.specialties.includes(query.specialty)),
  );
  const specific = candidates.filter((committee) => !committee.specialties.includes('*'));
  const general = candidates.filter((committee) => committee.specialties.includes('*'));
  return [...specific, ...general];
}
