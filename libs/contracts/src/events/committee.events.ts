import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId, outcome } from './common';

export const DecisionRecorded = defineEvent({
  type: 'committee.decision.recorded.v1',
  topic: Topics.committeeDecision,
  summary: "The committee's result for one declaration, with the vote counts (R-CM-7).",
  data: z.object({
    declarationId,
    outcome,
    /** The review plan and committee that decided, and the size of the panel that sat (R-CM-1, R-CM-7). */
    reviewPlanId: z.uuid().optional(),
    committeeId: z.string().optional(),
    members: z.int().positive().optional(),
    attending: z.int().nonnegative(),
    votesFor: z.int().nonnegative(),
    votesAgainst: z.int().nonnegative(),
    abstentions: z.int().nonnegative().default(0),
    reason: z.string(),
  }),
});

const panelSpec = z.object({
  specialty: z.string(),
  size: z.int().positive(),
  substitutes: z.int().nonnegative(),
  highSkillMinimum: z.int().nonnegative(),
  nonPublicMinimum: z.int().nonnegative(),
});

export const CommitteeRegistered = defineEvent({
  type: 'committee.committee.registered.v1',
  topic: Topics.committeeReview,
  summary: 'A committee was registered or its filing changed (R-CM-1); only a filed committee within its validity reviews.',
  data: z.object({
    committeeId: z.string(),
    name: z.string(),
    type: z.enum(['socialised', 'self-evaluation', 'joint']),
    region: z.string(),
    filingNumber: z.string(),
    filedUntil: z.iso.date(),
  }),
});

export const ReviewPlanFiled = defineEvent({
  type: 'committee.review-plan.filed.v1',
  topic: Topics.committeeReview,
  summary: 'A review plan was filed (R-CM-2) with a commitment to the secret seed of its expert draw.',
  data: z.object({
    reviewPlanId: z.uuid(),
    committeeId: z.string(),
    meetingOn: z.iso.date(),
    mode: z.enum(['on-site', 'online']),
    panels: z.array(panelSpec),
    declarationIds: z.array(z.uuid()),
    filedOn: z.iso.date(),
    /** The annual plan it reviews under: its lead time and deadlines apply (R-CM-2, R-CM-8). */
    planId: z.string().optional(),
    /** SHA-256 of the secret seed; the seed is revealed at the draw and checked against this. */
    seedCommitment: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export const ExpertsDrawn = defineEvent({
  type: 'committee.experts.drawn.v1',
  topic: Topics.committeeReview,
  summary: 'The experts of a review plan were drawn: the seed revealed, the witness input, and the panels by expert id (names stay sealed).',
  data: z.object({
    reviewPlanId: z.uuid(),
    committeeId: z.string(),
    seedCommitment: z.string(),
    revealedSeed: z.string(),
    witnessInput: z.string(),
    /** The committee's day of the draw (R-CM-2). */
    drawnOn: z.iso.date().optional(),
    panels: z.array(
      z.object({
        specialty: z.string(),
        members: z.array(z.uuid()),
        substitutes: z.array(z.uuid()),
        eligible: z.int().nonnegative(),
        /** Members who are high-skill experts (R-CM-3). */
        highSkillMembers: z.array(z.uuid()).optional(),
        /** Experts kept out for their employer or a declared conflict (R-CM-4). */
        recused: z.array(z.uuid()).optional(),
      }),
    ),
  }),
});

export const MeetingApplicationDecided = defineEvent({
  type: 'committee.meeting-application.decided.v1',
  topic: Topics.committeeReview,
  summary: 'The bureau approved or rejected a committee meeting applied for where the plan asks for it (R-CM-1, Jilin 003 §5(2)).',
  data: z.object({ reviewPlanId: z.uuid(), committeeId: z.string(), decision: z.enum(['approved', 'rejected']), reason: z.string() }),
});

export const DossiersOpened = defineEvent({
  type: 'committee.dossiers.opened.v1',
  topic: Topics.committeeReview,
  summary: "A sitting expert made their online commitment at an open meeting (R-CM-5): the dossiers of their panel's declarations open to them until each is decided.",
  data: z.object({
    reviewPlanId: z.uuid(),
    committeeId: z.string(),
    expertId: z.string(),
    declarationIds: z.array(z.uuid()),
  }),
});

export const EntrustmentLetterIssued = defineEvent({
  type: 'committee.entrustment-letter.issued.v1',
  topic: Topics.committeeReview,
  summary: "A committee takes another region's declarations of a series no local committee reviews (R-EL-8); intake routes them to it.",
  data: z.object({
    letterId: z.uuid(),
    committeeId: z.string(),
    fromRegion: z.string(),
    series: z.string(),
    levels: z.array(z.string()).min(1),
    specialties: z.array(z.string()),
    validUntil: z.iso.date(),
  }),
});

export const CommitteeAuthorityLost = defineEvent({
  type: 'committee.authority.lost.v1',
  topic: Topics.committeeReview,
  summary: "A committee missed its plan's deadline with a review unfinished and is not authorised until the date given (R-CM-8, Jilin 003 §6(4)).",
  data: z.object({ committeeId: z.string(), barredUntil: z.iso.date(), reason: z.string(), lapsedReviewPlans: z.array(z.uuid()) }),
});
