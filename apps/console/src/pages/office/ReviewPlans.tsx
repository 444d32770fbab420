import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { committeesHttpControllerReady, reviewPlansHttpControllerCreate } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { addDays } from '../../lib/dates';
import { MESSAGES } from './messages';
import { PlanStatus, usePlanRules, useOwnCommittee, useReviewPlans, type ReviewPlan } from './shared';

interface Ready {
  declarationId: string;
  specialty: string;
  level: string;
  planId: string;
}

interface NewPlan {
  planId: string;
  meetingOn: string;
  mode: 'on-site' | 'online';
  place?: string;
  panels: { specialty: string; size: number; substitutes: number }[];
}

/**
 * The office's review plans (R-CM-2): the declarations verification passed that no plan holds yet,
 * filing a plan for a meeting with the lead time the annual plan requires shown before filing, and
 * every plan of the committee with its approval state (R-CM-1) and how far it has gone.
 */
export default function ReviewPlans() {
  const t = usePageT(MESSAGES);
  const committeeId = useOwnCommittee();
  const ready = useQuery({ queryKey: ['ready', committeeId], enabled: Boolean(committeeId), queryFn: () => unwrap<Ready[]>(committeesHttpControllerReady({ path: { id: committeeId! } })) });
  const plans = useReviewPlans(committeeId);
  const [selected, setSelected] = useState<string[]>([]);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('plans.title')}
      </Typography.Title>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('plans.ready')}
      </Typography.Title>
      <Refusal error={ready.error} />
      <Table<Ready>
        rowKey="declarationId"
        loading={ready.isPending}
        dataSource={ready.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (row) => ({ 'aria-label': row.declarationId }) }}
        columns={[
          { title: t('plans.declaration'), dataIndex: 'declarationId' },
          { title: t('plans.specialty'), dataIndex: 'specialty' },
          { title: t('plans.level'), dataIndex: 'level' },
          { title: t('plans.plan'), dataIndex: 'planId' },
        ]}
      />
      {committeeId && ready.data && <FilePlan committeeId={committeeId} ready={ready.data ?? []} selected={selected} onFiled={() => setSelected([])} />}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('plans.list')}
      </Typography.Title>
      <Refusal error={plans.error} />
      <Table<ReviewPlan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('plans.meetingOn'), dataIndex: 'meetingOn' },
          { title: t('plans.filedOn'), dataIndex: 'filedOn' },
          // R-CM-2: how far ahead of the meeting it was filed.
          { title: t('plans.leadDays'), dataIndex: 'leadDays' },
          { title: t('plans.plan'), dataIndex: 'planId' },
          { title: t('plan.declarations'), render: (_, plan) => plan.declarationIds.length },
          { title: t('plans.approval'), render: (_, plan) => <Approval plan={plan} /> },
          { title: t('duties.state'), render: (_, plan) => <PlanStatus status={plan.status} /> },
          { title: '', render: (_, plan) => <Link to={`/office/review-plans/${plan.id}`} aria-label={`${t('plans.open')} ${plan.meetingOn}`}>{t('plans.open')}</Link> },
        ]}
      />
    </>
  );
}

/** R-CM-1 (Jilin): the bureau's decision on the meeting application, where the plan asks for one. */
export function Approval({ plan }: { plan: Pick<ReviewPlan, 'status' | 'approvedBy' | 'approvalReason'> }) {
  const t = usePageT(MESSAGES);
  if (plan.status === 'awaiting-approval') return <>{t('approval.needed')}</>;
  if (plan.approvedBy) return <>{t(plan.status === 'rejected' ? 'approval.rejected' : 'approval.approved', { reason: plan.approvalReason ?? '' })}</>;
  return <>{t('approval.notNeeded')}</>;
}

function FilePlan({ committeeId, ready, selected, onFiled }: { committeeId: string; ready: Ready[]; selected: string[]; onFiled: () => void }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewPlan>();
  const planIds = [...new Set(ready.map((r) => r.planId))];
  const specialties = [...new Set(ready.map((r) => r.specialty))];
  const planId = Form.useWatch('planId', form) ?? planIds[0];
  const meetingOn = Form.useWatch('meetingOn', form);
  const rules = usePlanRules(planId);
  const file = useMutation({
    mutationFn: (values: NewPlan) =>
      unwrap<{ id: string }>(reviewPlansHttpControllerCreate({ path: { id: committeeId }, body: { ...values, planId: values.planId ?? planId, place: values.place?.trim() || undefined, declarationIds: selected.length > 0 ? selected : undefined } })),
    onSuccess: (filed) => {
      void message.success(t('plans.filed'));
      onFiled();
      void queryClient.invalidateQueries({ queryKey: ['ready', committeeId] });
      void queryClient.invalidateQueries({ queryKey: ['review-plans', committeeId] });
      void navigate(`/office/review-plans/${filed.id}`);
    },
  });
  return (
    <Card size="small" title={t('plans.new')} style={{ marginTop: 16 }}>
      {rules.data && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('plans.leadRule', { days: rules.data.extractionLeadDays, opens: rules.data.meetings.opens, closes: rules.data.meetings.closes, deadline: rules.data.committeeDeadline })}
          description={meetingOn ? t('plans.fileBy', { meetingOn, fileBy: addDays(meetingOn, -rules.data.extractionLeadDays) }) : undefined}
          data-testid="lead-time"
        />
      )}
      <Form form={form} layout="vertical" onFinish={(values) => file.mutate(values)} initialValues={{ mode: 'on-site', panels: [{ specialty: specialties[0], size: 5, substitutes: 2 }] }}>
        <Form.Item name="planId" label={t('plans.plan')}>
          <Select placeholder={planIds[0]} options={planIds.map((id) => ({ value: id, label: id }))} />
        </Form.Item>
        <Form.Item name="meetingOn" label={t('plans.meetingOn')} rules={[{ required: true }]}>
          <Input type="date" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="mode" label={t('plans.mode')} rules={[{ required: true }]}>
          <Select style={{ width: 200 }} options={(['on-site', 'online'] as const).map((mode) => ({ value: mode, label: t(`plans.mode.${mode}`) }))} />
        </Form.Item>
        <Form.Item name="place" label={t('plans.place')}>
          <Input />
        </Form.Item>
        <Form.List name="panels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'specialty']} label={`${t('plans.panel')} ${index + 1}: ${t('plans.specialty')}`} rules={[{ required: true }]}>
                    <Select style={{ width: 200 }} options={specialties.map((s) => ({ value: s, label: s }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'size']} label={t('plans.size')} rules={[{ required: true }]}>
                    <InputNumber min={3} max={25} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'substitutes']} label={t('plans.substitutes')} rules={[{ required: true }]}>
                    <InputNumber min={0} max={10} />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${t('plans.removePanel')} ${index + 1}`} onClick={() => remove(field.name)} />}
                </Space>
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ size: 5, substitutes: 2 })}>
                  {t('plans.addPanel')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Typography.Paragraph>{t('plans.selected', { count: selected.length })}</Typography.Paragraph>
        <Refusal error={file.error} />
        <Button type="primary" htmlType="submit" loading={file.isPending} style={{ marginTop: 8 }}>
          {t('plans.file')}
        </Button>
      </Form>
    </Card>
  );
}
