import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { committeesHttpControllerList, reviewPlansHttpControllerApprove, reviewPlansHttpControllerList } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface ReviewPlan {
  id: string;
  meetingOn: string;
  filedOn: string;
  status: string;
  approvedBy: string | null;
  approvalReason: string | null;
}

type Decision = 'approved' | 'rejected';

/**
 * The bureau's decisions on meeting applications (R-CM-1, Jilin 003 §5(2)): a committee's review
 * plan waits for approval where its plan asks for one, and only an approved meeting is drawn.
 */
export default function MeetingApplications() {
  const t = usePageT(MESSAGES);
  const [committee, setCommittee] = useState<string>();
  const [deciding, setDeciding] = useState<{ plan: ReviewPlan; decision: Decision }>();
  const committees = useQuery({ queryKey: ['committees'], queryFn: () => unwrap<{ id: string; name: string }[]>(committeesHttpControllerList()) });
  const plans = useQuery({ queryKey: ['review-plans', committee], enabled: Boolean(committee), queryFn: () => unwrap<ReviewPlan[]>(reviewPlansHttpControllerList({ path: { id: committee! } })) });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('meetings.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('meetings.intro')}</Typography.Paragraph>
      <Refusal error={committees.error ?? plans.error} />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('meetings.committee')} htmlFor="meeting-committee">
          <Select id="meeting-committee" style={{ width: 420 }} loading={committees.isPending} value={committee} onChange={setCommittee} options={(committees.data ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      </Form>
      {committee && (
        <Table<ReviewPlan>
          rowKey="id"
          loading={plans.isPending}
          dataSource={plans.data ?? []}
          locale={{ emptyText: t('meetings.none') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('meetings.meetingOn'), dataIndex: 'meetingOn' },
            { title: t('meetings.filedOn'), dataIndex: 'filedOn' },
            { title: t('meetings.state'), render: (_, plan) => <Tag color={plan.status === 'awaiting-approval' ? 'warning' : plan.status === 'rejected' ? 'error' : 'default'}>{plan.status}</Tag> },
            { title: t('meetings.reason'), render: (_, plan) => plan.approvalReason ?? '—' },
            {
              title: '',
              render: (_, plan) =>
                plan.status === 'awaiting-approval' && (
                  <Space>
                    <Button size="small" type="primary" onClick={() => setDeciding({ plan, decision: 'approved' })} aria-label={`${t('meetings.approve')}: ${plan.meetingOn}`}>
                      {t('meetings.approve')}
                    </Button>
                    <Button size="small" danger onClick={() => setDeciding({ plan, decision: 'rejected' })} aria-label={`${t('meetings.reject')}: ${plan.meetingOn}`}>
                      {t('meetings.reject')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      )}
      {deciding && <DecisionForm {...deciding} onClose={() => setDeciding(undefined)} />}
    </>
  );
}

function DecisionForm({ plan, decision, onClose }: { plan: ReviewPlan; decision: Decision; onClose: () => void }) {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (reason: string) => unwrap(reviewPlansHttpControllerApprove({ path: { id: plan.id }, body: { decision, reason } })),
    onSuccess: () => {
      void message.success(t('meetings.done'));
      void queryClient.invalidateQueries({ queryKey: ['review-plans'] });
      onClose();
    },
  });
  return (
    <Modal open title={`${t(decision === 'approved' ? 'meetings.approve' : 'meetings.reject')}: ${plan.meetingOn}`} okText={common('common.submit')} confirmLoading={decide.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => decide.mutate(values.reason)}>
        <Form.Item name="reason" label={t('meetings.reason')} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      <Refusal error={decide.error} />
    </Modal>
  );
}
