import { barForMissedDeadline, checkLeadTime, checkMeetingDate, checkResultsInTime } from './review-plan-rules';

describe('review plan rules', () => {
  it('refuses a plan filed less than the lead time before its meeting (R-CM-2)', () => {
    expect(checkLeadTime('2023-11-24', '2023-12-01', 7)).toEqual({ ok: true });
    expect(checkLeadTime('2023-11-25', '2023-12-01', 7)).toEqual({ ok: false, ruleId: 'R-CM-2', reason: 'filed 6 days before the meeting on 2023-12-01; at least 7 days are required' });
  });

  it('keeps meetings inside the plan window and by the deadline (R-CM-8)', () => {
    const window = { opens: '2023-12-01', closes: '2023-12-31' };
    expect(checkMeetingDate('2023-12-10', window, '2023-12-31').ok).toBe(true);
    expect(checkMeetingDate('2024-01-05', window, '2023-12-31')).toMatchObject({ ok: false, ruleId: 'R-CM-8' });
    expect(checkMeetingDate('2023-11-30', window, '2023-12-31')).toMatchObject({ ok: false, ruleId: 'R-RV-3' });
  });

  it('recognises results decided by the deadline, through its last day, and none after (R-CM-8)', () => {
    expect(checkResultsInTime('2023-12-31', '2023-12-31')).toEqual({ ok: true });
    expect(checkResultsInTime('2024-01-01', '2023-12-31')).toEqual({ ok: false, ruleId: 'R-CM-8', reason: "the committee's deadline was 2023-12-31; results after it are not recognised" });
  });

  it('bars a Jilin committee for 3 years after a deadline it missed, and nobody before the deadline (R-CM-8)', () => {
    const jilin = { planId: 'jilin-2023', deadline: '2023-09-30', barYears: 3 };
    expect(barForMissedDeadline([jilin], '2023-09-30')).toBeNull();
    expect(barForMissedDeadline([jilin], '2023-10-01')).toEqual({ until: '2026-09-30', because: expect.stringContaining('R-CM-8') });
    expect(barForMissedDeadline([{ ...jilin, barYears: 0 }], '2024-01-01')).toBeNull();
  });
});
