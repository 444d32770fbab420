import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Tag } from 'antd';
import { reviewPlansHttpControllerList } from '../../api/committee/client';
import { managePlansHttpControllerGet } from '../../api/intake/client';
import { useSession } from '../../auth/session';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

/** A review plan as GET /committees/:id/review-plans lists it. */
export interface ReviewPlan {
  id: string;
  committeeId: string;
  planId: string;
  meetingOn: string;
  mode: 'on-site' | 'online';
  place: string | null;
  panels: { specialty: string; size: number; substitutes: number }[];
  declarationIds: string[];
  filedOn: string;
  seedCommitment: string;
  status: 'awaiting-approval' | 'filed' | 'rejected' | 'drawn' | 'meeting-open' | 'closed';
  quorumShare: number;
  defence: boolean;
  approvedBy: string | null;
  approvalReason: string | null;
  leadDays: number;
  drawn: boolean;
  meeting: { status: string; openedOn: string; closedOn: string | null; sitting: { specialty: string; members: string[] }[] } | null;
}

/** The committee this office works for (its token's scope). */
export function useOwnCommittee(): string | undefined {
  return useSession().claims?.scope['committee'];
}

export function useReviewPlans(committeeId: string | undefined) {
  return useQuery({ queryKey: ['review-plans', committeeId], enabled: Boolean(committeeId), queryFn: () => unwrap<ReviewPlan[]>(reviewPlansHttpControllerList({ path: { id: committeeId! } })) });
}

/** What the committee applies of an annual plan (R-CM-1, R-CM-2, R-CM-8), from its latest published version. */
export interface PlanRules {
  extractionLeadDays: number;
  meetings: { opens: string; closes: string };
  committeeDeadline: string;
  committeeMeetingApproval: boolean;
}

interface PlanVersions {
  versions: { status: string; document: { extractionLeadDays: number; committeeMeetingApproval?: boolean; stages: { meetings: { opens: string; closes: string }; committeeDeadline: string } } }[];
}

export function usePlanRules(planId: string | undefined) {
  return useQuery({
    queryKey: ['plan-rules', planId],
    enabled: Boolean(planId),
    queryFn: async (): Promise<PlanRules | null> => {
      const plan = await unwrap<PlanVersions>(managePlansHttpControllerGet({ path: { id: planId! } }));
      const latest = plan.versions.filter((v) => v.status === 'published').at(-1)?.document;
      if (!latest) return null;
      return { extractionLeadDays: latest.extractionLeadDays, meetings: latest.stages.meetings, committeeDeadline: latest.stages.committeeDeadline, committeeMeetingApproval: latest.committeeMeetingApproval ?? false };
    },
  });
}

const STATUS_COLOUR: Record<ReviewPlan['status'], 'success' | 'processing' | 'warning' | 'error' | 'default'> = {
  'awaiting-approval': 'warning',
  filed: 'processing',
  rejected: 'error',
  drawn: 'processing',
  'meeting-open': 'processing',
  closed: 'success',
};

export function PlanStatus({ status }: { status: ReviewPlan['status'] }) {
  const t = usePageT(MESSAGES);
  return <Tag color={STATUS_COLOUR[status] ?? 'default'}>{t(`plan.status.${status}`)}</Tag>;
}

/** A decision that needs its reason in words (R-PB-2 objections, manual reviews): asked for in a dialog. */
export function ReasonModal({ title, label, pending, error, onCancel, onSubmit }: { title: string; label: string; pending: boolean; error: unknown; onCancel: () => void; onSubmit: (reason: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open title={title} okText={t('common.submit')} confirmLoading={pending} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason)}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, min: 5 }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
      <Refusal error={error} />
    </Modal>
  );
}
