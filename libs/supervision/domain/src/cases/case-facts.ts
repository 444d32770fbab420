import {
  CommitteeRegistered,
  DeclarationAccepted,
  DeclarationSubmitted,
  ReviewPlanFiled,
  type Envelope,
  type EventOf,
} from '@zc/contracts';

export type CaseKind = 'declaration' | 'committee' | 'review-plan';

/** What supervision keeps of a case to place its findings (region, committee, series) and compare across events. */
export interface CaseFacts {
  id: string;
  kind: CaseKind;
  region?: string | null;
  committee?: string | null;
  series?: string | null;
  level?: string | null;
  employerCreditCode?: string | null;
  idNumber?: string | null;
  planId?: string | null;
  planVersion?: number | null;
}

/** The facts of a case besides its id and kind: the text ones, then the plan version (a number). */
export const CASE_TEXT_FACTS = ['region', 'committee', 'series', 'level', 'employerCreditCode', 'idNumber', 'planId'] as const satisfies readonly (keyof CaseFacts)[];
export const CASE_FACT_FIELDS = [...CASE_TEXT_FACTS, 'planVersion'] as const satisfies readonly (keyof CaseFacts)[];

/** The case facts an event brings; most events bring none. */
export function caseFactsOf(event: Envelope): CaseFacts[] {
  switch (event.type) {
    case DeclarationSubmitted.type: {
      const d = (event as EventOf<typeof DeclarationSubmitted>).data;
      return [{ id: d.declarationId, kind: 'declaration', region: d.region, series: d.series, level: d.level, employerCreditCode: d.employerCreditCode, idNumber: d.idNumber, planId: d.planId, planVersion: d.planVersion }];
    }
    case DeclarationAccepted.type: {
      const d = (event as EventOf<typeof DeclarationAccepted>).data;
      return [{ id: d.declarationId, kind: 'declaration', region: d.region, series: d.series, level: d.level, employerCreditCode: d.employerCreditCode, idNumber: d.idNumber, planId: d.planId, planVersion: d.planVersion, committee: d.committee }];
    }
    case CommitteeRegistered.type: {
      const d = (event as EventOf<typeof CommitteeRegistered>).data;
      return [{ id: d.committeeId, kind: 'committee', region: d.region, committee: d.committeeId }];
    }
    case ReviewPlanFiled.type: {
      const d = (event as EventOf<typeof ReviewPlanFiled>).data;
      return [{ id: d.reviewPlanId, kind: 'review-plan', committee: d.committeeId, planId: d.planId ?? null }];
    }
    default:
      return [];
  }
}
