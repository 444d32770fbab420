export * from './declaration-status';
export * from './plans/annual-plan.schema';
export * from './eligibility/applicant-profile';
export * from './eligibility/eligibility-rule';
export * from './eligibility/check-eligibility';
