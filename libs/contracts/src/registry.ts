import { z } from 'zod';
import { envelopeSchema, type Envelope } from './envelope';
import type { EventDefinition } from './event-definition';
import { ownerOfTopic } from './topic-access';
import { CertificateIssued, CertificateRevoked } from './events/certificate.events';
import { CommitteeAuthorityLost, CommitteeRegistered, DecisionRecorded, DossiersOpened, EntrustmentLetterIssued, ExpertsDrawn, MeetingApplicationDecided, ReviewPlanFiled } from './events/committee.events';
import { DeclarationAccepted, DeclarationStatusChanged, DeclarationsExported, DeclarationSubmitted, DossierRead, PlanPublished } from './events/intake.events';
import { ObjectionDecided, ObjectionFiled, ReportingOverdue, ResultPublished, ResultsReported, ResultWithheld, WindowOpened } from './events/publicity.events';
import { FindingRaised, FindingStatusChanged, IntegrityRecordRecorded } from './events/supervision.events';
import { CheckCompleted, CheckPending, CheckSentToManualReview, FeedBatchReceived, PromiseFoundFalse, SpotCheckAnnounced, SpotCheckDrawn, VerificationConcluded } from './events/verification.events';

/** Every event the platform publishes. Adding an event means adding it here. */
export const ALL_EVENTS: readonly EventDefinition[] = [
  DeclarationSubmitted,
  DeclarationStatusChanged,
  DeclarationAccepted,
  DeclarationsExported,
  DossierRead,
  PlanPublished,
  CheckCompleted,
  CheckPending,
  CheckSentToManualReview,
  VerificationConcluded,
  SpotCheckAnnounced,
  SpotCheckDrawn,
  PromiseFoundFalse,
  FeedBatchReceived,
  DecisionRecorded,
  CommitteeRegistered,
  ReviewPlanFiled,
  ExpertsDrawn,
  MeetingApplicationDecided,
  EntrustmentLetterIssued,
  DossiersOpened,
  CommitteeAuthorityLost,
  WindowOpened,
  ResultPublished,
  ObjectionFiled,
  ObjectionDecided,
  ResultWithheld,
  ResultsReported,
  ReportingOverdue,
  CertificateIssued,
  CertificateRevoked,
  IntegrityRecordRecorded,
  FindingRaised,
  FindingStatusChanged,
];

const byType = new Map(ALL_EVENTS.map((definition) => [definition.type, definition]));

export function eventDefinitionOf(type: string): EventDefinition | undefined {
  return byType.get(type);
}

export type ParseResult = { ok: true; event: Envelope } | { ok: false; reason: string };

/** Validates raw bytes from a topic against the envelope and the schema of its event type. */
export function parseEvent(raw: Buffer | string | null, topic: string): ParseResult {
  if (raw === null || raw.length === 0) return { ok: false, reason: 'empty message value' };
  let json: unknown;
  try {
    json = JSON.parse(raw.toString());
  } catch (error) {
    return { ok: false, reason: `value is not JSON: ${(error as Error).message}` };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: `invalid envelope: ${describeIssues(envelope.error)}` };
  const definition = byType.get(envelope.data.type);
  if (!definition) return { ok: false, reason: `unknown event type ${envelope.data.type}` };
  if (definition.topic !== topic) {
    return { ok: false, reason: `event type ${definition.type} does not belong on topic ${topic}` };
  }
  // The broker lets only the owner write here; this catches a forgery that got past it anyway.
  const owner = ownerOfTopic(topic);
  if (envelope.data.source !== owner) {
    return { ok: false, reason: `source ${JSON.stringify(envelope.data.source)} does not own topic ${topic}: only ${owner} publishes there` };
  }
  const data = definition.data.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid data for ${definition.type}: ${describeIssues(data.error)}` };
  return { ok: true, event: { ...envelope.data, data: data.data } };
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}
