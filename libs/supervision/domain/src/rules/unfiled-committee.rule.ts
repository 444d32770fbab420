import { CommitteeRegistered, DecisionRecorded, ReviewPlanFiled, type EventOf } from '@zc/contracts';
import type { SupervisionRule } from './supervision-rule';

/**
 * R-CM-1: only a committee filed with the bureau, within its filing's validity, reviews. Deferred:
 * the registration travels on another partition than the plan or the decision.
 */
export const unfiledCommitteeRule: SupervisionRule = {
  ruleId: 'R-CM-1',
  name: 'an unfiled committee reviewing',
  severity: 'critical',
  triggers: [ReviewPlanFiled.type, DecisionRecorded.type],
  deferred: true,
  async evaluate(event, context) {
    let committeeId: string | undefined;
    let reviewPlanId: string | undefined;
    let meetingOn: string | undefined;
    const evidence = [event.id];
    if (event.type === ReviewPlanFiled.type) {
      ({ committeeId, reviewPlanId, meetingOn } = (event as EventOf<typeof ReviewPlanFiled>).data);
    } else {
      ({ committeeId, reviewPlanId } = (event as EventOf<typeof DecisionRecorded>).data);
      const [filed] = reviewPlanId ? await context.eventsOf<EventOf<typeof ReviewPlanFiled>>(reviewPlanId, ReviewPlanFiled.type) : [];
      meetingOn = filed?.data.meetingOn ?? event.time.slice(0, 10);
    }
    if (!committeeId || !meetingOn) return [];
    const registrations = await context.eventsOf<EventOf<typeof CommitteeRegistered>>(committeeId, CommitteeRegistered.type);
    const filing = registrations.at(-1);
    if (filing && filing.data.filedUntil >= meetingOn) return [];
    return [
      {
        subject: committeeId,
        subjectKind: 'committee',
        title: '未备案或备案过期的评委会开展评审 — an unfiled committee reviewing',
        detail: filing ? `its filing ${filing.data.filingNumber} ran until ${filing.data.filedUntil}; the meeting is on ${meetingOn}` : `no filing of committee ${committeeId} is on record; the meeting is on ${meetingOn}`,
        evidence: filing ? [filing.id, ...evidence] : evidence,
        dedupeKey: `R-CM-1:${committeeId}:${reviewPlanId ?? event.id}`,
      },
    ];
  },
};
