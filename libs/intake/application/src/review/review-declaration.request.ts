import { z } from 'zod';

const reason = z.string().trim().min(1).max(1_000);
const isoDate = z.iso.date();

export const employerReviewRequest = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('recommend'),
    /** R-RV-1: the in-unit publicity of the recommendation, and the SHA-256 of its uploaded image. */
    unitPublicity: z.strictObject({ from: isoDate, to: isoDate, evidenceSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the SHA-256 (hex) of the uploaded image') }),
  }),
  z.strictObject({ decision: z.literal('return'), reason }),
]);

export const departmentReviewRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('forward') }),
  z.strictObject({ decision: z.literal('return'), reason }),
]);

export const officeReviewRequest = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept') }),
  /** R-RV-4: once, listing every defect. */
  z.strictObject({ decision: z.literal('request-correction'), defects: z.array(reason).min(1).max(100) }),
  z.strictObject({ decision: z.literal('decline'), reason }),
]);

export const feePaymentRequest = z.strictObject({ paymentReference: z.string().trim().min(1).max(64) });
export const emptyRequest = z.strictObject({}).default({});

/** R-VF-1 (a false promise) or R-SV-1 (fraud), with what was found. */
export const cancellationRequest = z.strictObject({ ruleId: z.enum(['R-VF-1', 'R-SV-1']), finding: z.string().trim().min(1).max(2_000) });
