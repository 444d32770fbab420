export * from './declaration-status';
export * from './plans/annual-plan.schema';
export * from './eligibility/applicant-profile';
export * from './eligibility/eligibility-rule';
export * from './eligibility/check-eligibility';
export * from './lifecycle/review-status';
export * from './lifecycle/review-command';
export * from './lifecycle/decide-review';
