import { useQuery } from '@tanstack/react-query';
import { expertPanelsHttpControllerReviewPlans } from '../../api/committee/client';
import { unwrap } from '../../lib/api-error';

/** A panel the signed-in expert was drawn for, as GET /experts/me/review-plans lists it. */
export interface MyPanel {
  reviewPlanId: string;
  committeeId: string;
  meetingOn: string;
  mode: 'on-site' | 'online';
  place: string | null;
  defence: boolean;
  status: 'drawn' | 'meeting-open' | 'closed';
  specialty: string;
  seat: 'member' | 'substitute';
  meeting: { status: string; sitting: boolean } | null;
  committed: boolean;
  opinions: string[];
  voted: string[];
}

export function useMyPanels() {
  return useQuery({ queryKey: ['my-panels'], queryFn: () => unwrap<MyPanel[]>(expertPanelsHttpControllerReviewPlans()) });
}

/** Where the expert stands at a meeting: to come, sitting, not sitting, or over. */
export function stateOf(panel: MyPanel): 'state.drawn' | 'state.sitting' | 'state.notSitting' | 'state.closed' {
  if (panel.status === 'closed' || panel.meeting?.status === 'closed') return 'state.closed';
  if (!panel.meeting) return 'state.drawn';
  return panel.meeting.sitting ? 'state.sitting' : 'state.notSitting';
}
