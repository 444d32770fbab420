import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { annualPlanSchema } from '../plans/annual-plan';
import { Topics } from '../topics';
import { declaredEducationSchema } from '../verification-facts';
import { declarationId } from './common';

const applicant = {
  applicantName: z.string().min(1),
  idNumber: z.string().min(1).describe('Resident identity number (GB 11643)'),
  employerCreditCode: z.string().min(1).describe('Unified social credit code (GB 32100)'),
  series: z.string().min(1),
  level: z.string().min(1),
  region: z.string().min(1),
};

export const DeclarationSubmitted = defineEvent({
  type: 'intake.declaration.submitted.v1',
  topic: Topics.intakeDeclaration,
  summary: 'An applicant submitted an eligible declaration to their employer for review.',
  data: z.object({ declarationId, ...applicant, planId: z.string(), planVersion: z.int().positive() }),
});

export const DeclarationStatusChanged = defineEvent({
  type: 'intake.declaration.status-changed.v1',
  topic: Topics.intakeDeclaration,
  summary: 'A declaration moved between review stages; every transition is one of these (R-RV-*).',
  data: z.object({
    declarationId,
    from: z.string(),
    to: z.string(),
    reason: z.string(),
    actor: z.enum(['applicant', 'employer', 'department', 'committee-office', 'bureau', 'system']),
    /** Deadlines the transition set, e.g. for a correction (R-RV-4) or a fee (R-RV-5). */
    deadline: z.iso.date().nullable(),
    /** The day (intake's clock, Beijing) it happened on, which the plan's stage deadlines are about (R-RV-3). */
    on: z.iso.date().optional(),
    /** R-RV-1: the unit publicity the employer's recommendation rests on. */
    unitPublicity: z.object({ from: z.iso.date(), to: z.iso.date() }).optional(),
    /** R-SV-1: the fraud behind a cancellation or revocation, which supervision archives. */
    fraud: z.object({ ruleId: z.string().min(1), finding: z.string().min(1) }).optional(),
  }),
});

export const DossierRead = defineEvent({
  type: 'intake.dossier.read.v1',
  topic: Topics.intakeDeclaration,
  summary: 'An expert read a dossier of their panel during their meeting (R-CM-5, R-CM-6): the declaration, or one of its evidence files. Each read is in the audit log (R-SV-4).',
  data: z.object({
    declarationId: z.uuid(),
    expertId: z.string(),
    reviewPlanId: z.uuid(),
    what: z.enum(['declaration', 'evidence']),
    materialIndex: z.int().nonnegative().optional(),
    part: z.string().optional(),
  }),
});

export const DeclarationsExported = defineEvent({
  type: 'intake.declarations.exported.v1',
  topic: Topics.intakeDeclaration,
  summary: 'Someone exported declarations (CSV): who, under which scope and filters, how many rows. Exports of personal data leave a trace in the audit log (R-SV-4).',
  data: z.object({
    exportId: z.uuid(),
    by: z.string(),
    roles: z.array(z.string()),
    scope: z.record(z.string(), z.string()),
    filters: z.record(z.string(), z.unknown()),
    rows: z.int().nonnegative(),
    format: z.literal('csv'),
  }),
});

export const DeclarationAccepted = defineEvent({
  type: 'intake.declaration.accepted.v1',
  topic: Topics.intakeDeclaration,
  summary: 'The committee office accepted a declaration (and its fee was paid where due); verification and review follow.',
  data: z.object({
    declarationId,
    ...applicant,
    specialty: z.string().min(1),
    channel: z.string().min(1),
    committee: z.string().min(1),
    planId: z.string(),
    planVersion: z.int().positive(),
    /** R-VF-3: matched against the degree feed. */
    education: declaredEducationSchema,
    /** R-VF-1: the applicant promised to meet the continuing-education requirement. */
    continuingEducationPromise: z.boolean(),
    /** R-CT-3: the county a directed (定向) title is valid in; null for every other channel. */
    directedCounty: z.string().min(1).nullish(),
    /** The applicant's account (token subject): the certificate's holder downloads it with it (R-CT-1). */
    applicantAccount: z.string().min(1).optional(),
    /** The catalogue's Chinese names, as certificates print them (工程技术, 计量). */
    seriesName: z.string().min(1).optional(),
    specialtyName: z.string().min(1).optional(),
    /** The title the level confers (高级工程师), where the catalogue knows its one name. */
    titleName: z.string().min(1).optional(),
  }),
});

export const PlanPublished = defineEvent({
  type: 'intake.plan.published.v1',
  topic: Topics.intakePlan,
  summary: 'A bureau published an annual plan or a new version of one; the document is the whole plan, every field a rule reads required.',
  data: z.object({
    planId: z.string(),
    version: z.int().positive(),
    region: z.string(),
    year: z.int(),
    series: z.array(z.string()),
    /** The plan as intake publishes it; a consumer reads its fields typed, never by string key with a default. */
    document: annualPlanSchema,
  }),
});
