import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export const IntegrityRecordRecorded = defineEvent({
  type: 'supervision.integrity-record.recorded.v1',
  topic: Topics.supervisionIntegrity,
  summary: 'Fraud was established: an integrity-archive record bars the person until it expires (R-SV-1, R-EL-6).',
  data: z.object({
    recordId: z.string().min(1),
    idNumber: z.string().min(1),
    /** The declaration the fraud was found in: its title is revoked (R-CT-4). */
    declarationId: z.uuid().optional(),
    /** The rule the fraud broke, e.g. R-SV-1 or R-VF-1. */
    ruleId: z.string().min(1).optional(),
    reason: z.string().min(1),
    /** Last day the record is active (3 years by R-SV-1). */
    activeUntil: z.iso.date(),
  }),
});

const severity = z.enum(['low', 'medium', 'high', 'critical']);

export const FindingRaised = defineEvent({
  type: 'supervision.finding.raised.v1',
  topic: Topics.supervisionFinding,
  summary: 'A supervision rule found an irregularity in the events (R-SV-2): the rule, how severe, the case, and the events that prove it.',
  data: z.object({
    findingId: z.uuid(),
    ruleId: z.string().min(1),
    severity,
    title: z.string().min(1),
    detail: z.string(),
    subject: z.string().min(1),
    subjectKind: z.enum(['declaration', 'committee', 'review-plan']),
    region: z.string().nullable(),
    committee: z.string().nullable(),
    series: z.string().nullable(),
    evidence: z.array(z.string().min(1)).min(1).describe('ids of the events that prove it'),
    raisedAt: z.iso.datetime({ offset: true }),
  }),
});

export const FindingStatusChanged = defineEvent({
  type: 'supervision.finding.status-changed.v1',
  topic: Topics.supervisionFinding,
  summary: 'An inspector acknowledged or resolved a finding, with a comment.',
  data: z.object({
    findingId: z.uuid(),
    ruleId: z.string().min(1),
    region: z.string().nullable(),
    from: z.enum(['open', 'acknowledged']),
    to: z.enum(['acknowledged', 'resolved']),
    comment: z.string().min(1),
    by: z.string().min(1),
  }),
});
