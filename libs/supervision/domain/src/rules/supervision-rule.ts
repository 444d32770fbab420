import type { WorkingDayCalendar } from '@zc/calendar';
import type { Envelope, SupervisionPlanSlice } from '@zc/contracts';
import type { CaseFacts, CaseKind } from '../cases';

export type Severity = 'low' | 'medium' | 'high' | 'critical';

/** An irregularity a rule found: about which case, why, and the ids of the events that prove it. */
export interface Violation {
  subject: string;
  subjectKind: CaseKind;
  title: string;
  detail: string;
  evidence: string[];
  /** The same violation seen again (a redelivery, a second trigger) is the same finding. */
  dedupeKey: string;
}

/** What a rule may look up besides its trigger event, all from what supervision has received. */
export interface RuleContext {
  calendar: WorkingDayCalendar;
  caseOf(id: string): Promise<CaseFacts | null>;
  /** What supervision reads of a plan version (the latest when none is given); null when it has not received it. */
  plan(planId: string, version?: number | null): Promise<SupervisionPlanSlice | null>;
  /** The events of a type that touched a case, oldest first. */
  eventsOf<T extends Envelope = Envelope>(caseKey: string, type: string): Promise<T[]>;
  /** Other declarations of one employer, series, level and plan. */
  declarationsLike(like: { employerCreditCode: string; series: string; level: string; planId: string }): Promise<CaseFacts[]>;
}

/** One timeline a rule reads: the events of a type about a case. */
export interface TimelineRead {
  caseKey: string;
  type: string;
}

/**
 * A rule of the notices that events can check (R-SV-2). `deferred` rules compare events from
 * different topics, which Kafka does not order against each other: they look after a grace
 * period, once the events that raced are in.
 */
export interface SupervisionRule {
  ruleId: string;
  name: string;
  severity: Severity;
  triggers: readonly string[];
  deferred?: boolean;
  /** The timelines `evaluate` will read for this event (`eventsOf`), so a batch reads them for all its events at once. */
  reads?(event: Envelope): TimelineRead[];
  evaluate(event: Envelope, context: RuleContext): Promise<Violation[]>;
}
