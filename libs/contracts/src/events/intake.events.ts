import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId } from './common';

export const DeclarationSubmitted = defineEvent({
  type: 'intake.declaration.submitted.v1',
  topic: Topics.intakeDeclaration,
  summary: 'An applicant submitted a declaration; it enters review and verification.',
  data: z.object({
    declarationId,
    applicantName: z.string().min(1),
    idNumber: z.string().min(1).describe('Resident identity number (GB 11643)'),
    employerCreditCode: z.string().min(1).describe('Unified social credit code (GB 32100)'),
    series: z.string().min(1),
    level: z.string().min(1),
    region: z.string().min(1),
  }),
});
