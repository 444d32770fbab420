import { createEvent, ResultsReported, ReviewPlanFiled } from '@zc/contracts';
import { caseFactsOf } from './case-facts';
import { caseKeysOf } from './case-keys';

const meta = { source: 'test', correlationId: 'c' };
const plan = createEvent(ReviewPlanFiled, 'rp-1', { reviewPlanId: '6f1c1f5e-8f43-4c2e-9d1a-0a8f0e2a4b11', committeeId: 'tianjin-engineering', meetingOn: '2023-12-01', mode: 'on-site', panels: [], declarationIds: ['0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10'], filedOn: '2023-11-20', planId: 'tianjin-2023', seedCommitment: 'a'.repeat(64) }, meta);

describe('cases an event is about', () => {
  it('names the review plan, its committee and every declaration it reviews', () => {
    expect(caseKeysOf(plan).sort()).toEqual(['0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10', '6f1c1f5e-8f43-4c2e-9d1a-0a8f0e2a4b11', 'rp-1', 'tianjin-engineering'].sort());
  });

  it('names each declaration a report covers', () => {
    const reported = createEvent(ResultsReported, 'committee-a', { kind: 'report', committee: 'committee-a', reference: 'R', reportedAt: '2023-12-02T09:00:00+08:00', results: [{ declarationId: '0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10', dueAt: '2023-12-03T00:00:00+08:00', late: false }] }, meta);
    expect(caseKeysOf(reported).sort()).toEqual(['0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10', 'committee-a']);
  });

  it('keeps what a review plan says of its case: its committee and plan', () => {
    expect(caseFactsOf(plan)).toEqual([{ id: '6f1c1f5e-8f43-4c2e-9d1a-0a8f0e2a4b11', kind: 'review-plan', committee: 'tianjin-engineering', planId: 'tianjin-2023' }]);
  });
});
