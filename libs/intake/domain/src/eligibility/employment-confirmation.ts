import { z } from 'zod';
import { refuse, type Refusal } from './eligibility-rule';

/**
 * R-RV-2 (000 §5(1)): how the employment relation with the declaring unit is confirmed — a
 * labour-contract filing, social-security registration, or at least 6 months of wage records.
 * Which unit actually pays social security is checked by verification from the feed (R-VF-2).
 */
export const employmentConfirmationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('labour-contract-filing'), filingNumber: z.string().min(1) }),
  z.object({ kind: z.literal('social-security-registration') }),
  z.object({ kind: z.literal('wage-records'), months: z.number().int().min(0) }),
]);
export type EmploymentConfirmation = z.infer<typeof employmentConfirmationSchema>;

export const MIN_WAGE_RECORD_MONTHS = 6;

export function employmentProblem(confirmation: EmploymentConfirmation): Refusal | null {
  if (confirmation.kind === 'wage-records' && confirmation.months < MIN_WAGE_RECORD_MONTHS) {
    return refuse('R-RV-2', 'employment.months', `工资发放记录须满${MIN_WAGE_RECORD_MONTHS}个月，现为${confirmation.months}个月`, `wage records must cover at least ${MIN_WAGE_RECORD_MONTHS} months; ${confirmation.months} given`);
  }
  return null;
}
