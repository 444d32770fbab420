import type { z } from 'zod';
import { annualPlanObject, planStagesSchema } from './annual-plan';

/*
 * What a service that keeps plans as JSON reads of them, picked from the one plan schema: a field
 * dropped or renamed there fails the typecheck here and where the service reads it, and a stored
 * plan is parsed back by its slice (never cast), so a missing field is an error, not a default.
 */

/** Committee: meeting window, deadline and bar (R-CM-8), lead time (R-CM-2), meeting approval (R-CM-1), defence (R-CM-6), caps (R-CM-9). */
export const committeePlanSliceSchema = annualPlanObject
  .pick({ extractionLeadDays: true, committeeMeetingApproval: true, defenceLevels: true, passRateCaps: true })
  .extend({ stages: planStagesSchema.pick({ meetings: true, committeeDeadline: true, missedDeadlineBarYears: true }) });
export type CommitteePlanSlice = z.infer<typeof committeePlanSliceSchema>;

/** Supervision: unit publicity (R-RV-1), stage deadlines (R-RV-3), lead time (R-CM-2), committee deadline (R-CM-8), result publicity (R-PB-1). */
export const supervisionPlanSliceSchema = annualPlanObject
  .pick({ unitPublicityWorkingDays: true, resultPublicityWorkingDays: true, extractionLeadDays: true })
  .extend({ stages: planStagesSchema.pick({ applicantSubmission: true, employerReviewCloses: true, departmentReviewCloses: true, officeReviewCloses: true, committeeDeadline: true }) });
export type SupervisionPlanSlice = z.infer<typeof supervisionPlanSliceSchema>;
