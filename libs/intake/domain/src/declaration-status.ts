/**
 * Where an accepted declaration stands downstream, as intake tracks it from the other services'
 * events (before acceptance, see lifecycle/review-status.ts).
 * Statuses only move forward: an event that arrives late (topics are not ordered against each
 * other) never moves a declaration back.
 */
export const DECLARATION_STATUSES = [
  'accepted',
  'verified',
  'verification-failed',
  'committee-passed',
  'committee-failed',
  'in-publicity',
  'published',
  'result-withheld',
  'certificate-issued',
] as const;
export type DeclarationStatus = (typeof DECLARATION_STATUSES)[number];

/** Statuses after which nothing more happens in this cycle. */
export const FINAL_STATUSES: readonly DeclarationStatus[] = ['verification-failed', 'committee-failed', 'result-withheld', 'certificate-issued'];

const STAGE: Record<DeclarationStatus, number> = {
  accepted: 0,
  verified: 1,
  'verification-failed': 1,
  'committee-passed': 2,
  'committee-failed': 2,
  'in-publicity': 3,
  published: 4,
  'result-withheld': 4,
  'certificate-issued': 5,
};

export type ProgressFact =
  | { kind: 'verification-concluded'; outcome: 'passed' | 'failed'; reason: string }
  | { kind: 'decision-recorded'; outcome: 'passed' | 'failed'; reason: string }
  | { kind: 'publicity-opened' }
  | { kind: 'result-published' }
  | { kind: 'result-withheld'; reason: string }
  | { kind: 'certificate-issued'; certificateNumber: string };

export interface StatusChange {
  to: DeclarationStatus;
  reason: string;
}

export function nextStatus(current: DeclarationStatus, fact: ProgressFact): StatusChange | null {
  const change = changeFor(fact);
  if (FINAL_STATUSES.includes(current) || STAGE[change.to] <= STAGE[current]) return null;
  return change;
}

function changeFor(fact: ProgressFact): StatusChange {
  switch (fact.kind) {
    case 'verification-concluded':
      return { to: fact.outcome === 'passed' ? 'verified' : 'verification-failed', reason: fact.reason };
    case 'decision-recorded':
      return { to: fact.outcome === 'passed' ? 'committee-passed' : 'committee-failed', reason: fact.reason };
    case 'publicity-opened':
      return { to: 'in-publicity', reason: 'result publicity opened (R-PB-1)' };
    case 'result-withheld':
      return { to: 'result-withheld', reason: fact.reason };
    case 'result-published':
      return { to: 'published', reason: 'publicity ended without an upheld objection (R-PB-3)' };
    case 'certificate-issued':
      return { to: 'certificate-issued', reason: `certificate ${fact.certificateNumber} issued (R-CT-1)` };
  }
}

export function isDownstreamStatus(status: string): status is DeclarationStatus {
  return (DECLARATION_STATUSES as readonly string[]).includes(status);
}
