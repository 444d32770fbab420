import type { SupervisionPlanSlice } from '@zc/contracts';
import { requirementOf } from './national-minimums';

const plan: SupervisionPlanSlice = {
  unitPublicityWorkingDays: 7,
  resultPublicityWorkingDays: 6,
  extractionLeadDays: 10,
  stages: { applicantSubmission: { opens: '2023-09-18', closes: '2023-10-20' }, employerReviewCloses: '2023-10-27', departmentReviewCloses: '2023-11-06', officeReviewCloses: '2023-11-20', committeeDeadline: '2023-12-31' },
};

describe('what a supervision rule requires', () => {
  it('is the plan’s own number where supervision has the plan', () => {
    expect(requirementOf(plan, 'p', 'resultPublicityWorkingDays')).toEqual({ required: 6, source: 'plan p' });
    expect(requirementOf(plan, 'p', 'extractionLeadDays')).toEqual({ required: 10, source: 'plan p' });
  });

  it('is the notices’ floor where it has not, and says so', () => {
    expect(requirementOf(null, 'p', 'resultPublicityWorkingDays')).toEqual({ required: 5, source: 'the national minimum (plan p not received by supervision)' });
    expect(requirementOf(null, undefined, 'extractionLeadDays')).toEqual({ required: 7, source: 'the national minimum (plan unnamed not received by supervision)' });
  });
});
