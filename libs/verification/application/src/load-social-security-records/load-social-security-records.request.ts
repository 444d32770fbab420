import { z } from 'zod';

export const loadSocialSecurityRecordsRequest = z.strictObject({
  batchId: z.string().trim().min(1).max(64),
  records: z
    .array(
      z.strictObject({
        idNumber: z.string().trim().toUpperCase().regex(/^\d{17}[\dX]$/, 'must be an 18-character identity number'),
        employerCreditCode: z.string().trim().toUpperCase().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, 'must be a unified social credit code'),
        month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM'),
      }),
    )
    .min(1)
    .max(10_000),
});

export type LoadSocialSecurityRecordsRequest = z.infer<typeof loadSocialSecurityRecordsRequest>;
