import { z } from 'zod';
import { applicantProfileSchema, declaredMaterialSchema, employmentConfirmationSchema } from '@zc/intake/domain';
import { identityNumberProblem } from '@zc/national-standards';

/**
 * A declaration as the applicant writes it; every field is checked before anything is stored. The
 * name and identity number are the signed-in person's (实名, from the token): the body may repeat
 * them, and is refused if it names anyone else.
 */
export const declarationRequest = applicantProfileSchema
  .extend({
    applicantName: z.string().trim().min(1).max(50).optional().describe("Optional: the signed-in person's name, which is what is stored"),
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .superRefine((value, context) => {
        const problem = identityNumberProblem(value);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      })
      .optional()
      .describe("Optional: the signed-in person's identity number, which is what is stored"),
    employerCreditCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be an 18-character unified social credit code (GB 32100)'),
    department: z.string().trim().min(1).max(64).describe("The employer's competent department (业务主管部门)"),
    region: z.string().trim().min(1).max(32),
    /** The items claimed; their parts count once files are uploaded for them (R-RV-6). */
    materials: z.array(declaredMaterialSchema.omit({ parts: true }).strict()).max(200).default([]),
    employment: employmentConfirmationSchema,
  })
  .strict();

export type DeclarationRequest = z.infer<typeof declarationRequest>;

/** The part of the request the eligibility rules read, as stored in `profile`. */
export function profileOf(request: DeclarationRequest) {
  const { applicantName: _n, idNumber: _i, employerCreditCode: _e, department: _d, region: _r, materials: _m, employment: _em, ...profile } = request;
  return applicantProfileSchema.parse(profile);
}
