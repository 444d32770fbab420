import { z } from 'zod';
import { identityNumberProblem } from '@zc/national-standards';

export const LEVELS = ['primary', 'intermediate', 'deputy-senior', 'senior'] as const;

/** What an applicant sends to declare; every field is checked before anything is stored. */
export const submitDeclarationRequest = z.strictObject({
  applicantName: z.string().trim().min(1).max(50),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((value, context) => {
      const problem = identityNumberProblem(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  employerCreditCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be an 18-character unified social credit code (GB 32100)'),
  series: z.string().trim().min(1).max(64),
  level: z.enum(LEVELS),
  region: z.string().trim().min(1).max(32),
});

export type SubmitDeclarationRequest = z.infer<typeof submitDeclarationRequest>;
