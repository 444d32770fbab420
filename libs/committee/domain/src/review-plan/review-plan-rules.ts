/**
 * When a review plan may be filed and a meeting held (R-CM-2, R-CM-8). Dates are ISO calendar
 * dates in China Standard Time; the lead time and the deadline are annual-plan data.
 */
export type Refusal = { ok: false; ruleId: string; reason: string } | { ok: true };

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** R-CM-2: the plan is reported, and the experts drawn, at least `leadDays` before the meeting. */
export function checkLeadTime(filedOn: string, meetingOn: string, leadDays: number): Refusal {
  const days = daysBetween(filedOn, meetingOn);
  if (days >= leadDays) return { ok: true };
  return { ok: false, ruleId: 'R-CM-2', reason: `filed ${days} days before the meeting on ${meetingOn}; at least ${leadDays} days are required` };
}

/** R-CM-8: the meeting falls within the plan's meeting window and by the committee's deadline. */
export function checkMeetingDate(meetingOn: string, window: { opens: string; closes: string }, deadline: string): Refusal {
  if (meetingOn > deadline) return { ok: false, ruleId: 'R-CM-8', reason: `the meeting on ${meetingOn} is after the committee's deadline ${deadline}` };
  if (meetingOn < window.opens || meetingOn > window.closes) return { ok: false, ruleId: 'R-RV-3', reason: `the meeting on ${meetingOn} is outside the plan's meetings ${window.opens}..${window.closes}` };
  return { ok: true };
}

/** R-CM-8: results decided after the committee's deadline are not recognised. */
export function checkResultsInTime(today: string, deadline: string): Refusal {
  if (today <= deadline) return { ok: true };
  return { ok: false, ruleId: 'R-CM-8', reason: `the committee's deadline was ${deadline}; results after it are not recognised` };
}

/**
 * R-CM-8 (Jilin 003 §6(4)): a committee whose review is unfinished when the plan's deadline has
 * passed loses that year's authority and may not be authorised for `barYears` years after it.
 * Plans without a bar (0 years) only refuse late results.
 */
export function barForMissedDeadline(unfinished: readonly { planId: string; deadline: string; barYears: number }[], today: string): { until: string; because: string } | null {
  const missed = unfinished.filter((plan) => plan.barYears > 0 && today > plan.deadline);
  if (missed.length === 0) return null;
  const untilOf = (plan: (typeof missed)[number]) => `${Number(plan.deadline.slice(0, 4)) + plan.barYears}${plan.deadline.slice(4)}`;
  const worst = missed.reduce((a, b) => (untilOf(b) > untilOf(a) ? b : a));
  return { until: untilOf(worst), because: `review under ${worst.planId} unfinished at its deadline ${worst.deadline}: no authority until ${untilOf(worst)} (R-CM-8)` };
}
