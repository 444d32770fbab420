import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Popconfirm, Spin, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { drawsHttpControllerGet, getDecisionHttpControllerGet, meetingsHttpControllerCloseMeeting, meetingsHttpControllerOpenMeeting } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { ApiError, unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Approval } from './ReviewPlans';
import { PlanStatus, useOwnCommittee, useReviewPlans, type ReviewPlan as Plan } from './shared';

interface Named {
  expertId: string;
  name?: string;
}

interface DrawnPanel {
  specialty: string;
  members: Named[];
  substitutes: Named[];
  eligible: number;
  recused: { expertId: string; reason: string }[] | number;
}

interface Result {
  declarationId: string;
  outcome: string;
  attending: number;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
  reason: string;
}

/**
 * One review plan: as filed, with the days it was filed ahead of the meeting (R-CM-2) and its
 * approval (R-CM-1); its draw, with the drawn names the office alone sees before the meeting; and
 * the meeting itself: opened on its day with the experts present (substitutes take the absent
 * members' seats, each panel needs its quorum, R-CM-7), then closed, which counts the ballots.
 */
export default function ReviewPlanPage() {
  const t = usePageT(MESSAGES);
  const { id } = useParams();
  const plans = useReviewPlans(useOwnCommittee());
  const plan = plans.data?.find((p) => p.id === id);
  const draw = useQuery({
    queryKey: ['draw', id],
    enabled: Boolean(plan?.drawn),
    queryFn: () => unwrap<{ panels: DrawnPanel[] }>(drawsHttpControllerGet({ path: { id: id! } })),
  });
  if (plans.isPending) return <Spin />;
  if (!plan) return <Refusal error={plans.error ?? new ApiError(404, `no review plan ${id ?? ''} of this committee`, undefined, [])} />;
  const names = new Map((draw.data?.panels ?? []).flatMap((p) => [...p.members, ...p.substitutes]).map((e) => [e.expertId, e.name ?? e.expertId]));

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('plan.title')} {plan.meetingOn}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'status', label: t('duties.state'), children: <PlanStatus status={plan.status} /> },
          { key: 'approval', label: t('plans.approval'), children: <Approval plan={plan} /> },
          { key: 'meetingOn', label: t('plans.meetingOn'), children: plan.meetingOn },
          { key: 'filedOn', label: t('plans.filedOn'), children: `${plan.filedOn}（${t('plans.leadDays')} ${plan.leadDays}）` },
          { key: 'mode', label: t('plans.mode'), children: `${t(`plans.mode.${plan.mode}`)}${plan.place ? ` · ${plan.place}` : ''}` },
          { key: 'plan', label: t('plans.plan'), children: plan.planId },
          { key: 'panels', label: t('plans.panel'), children: plan.panels.map((p) => `${p.specialty} ${p.size}+${p.substitutes}`).join('；') },
          { key: 'declarations', label: t('plan.declarations'), children: plan.declarationIds.length },
          { key: 'seed', label: t('plan.seed'), children: <code style={{ wordBreak: 'break-all' }}>{plan.seedCommitment}</code>, span: 2 },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('draw.title')}
      </Typography.Title>
      {!plan.drawn && <Alert type="info" showIcon title={t('draw.awaiting')} />}
      <Refusal error={draw.error} />
      {draw.data?.panels.map((panel) => (
        <Card key={panel.specialty} size="small" title={`${t('plans.panel')}：${panel.specialty}`} style={{ marginBottom: 12 }} data-testid="drawn-panel">
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'members', label: t('draw.members'), children: panel.members.map((e) => e.name ?? e.expertId).join('、') },
              { key: 'substitutes', label: t('draw.substitutes'), children: panel.substitutes.map((e) => e.name ?? e.expertId).join('、') || '—' },
              { key: 'eligible', label: t('draw.eligible'), children: panel.eligible },
              { key: 'recused', label: t('draw.recused'), children: typeof panel.recused === 'number' ? panel.recused : panel.recused.length },
            ]}
          />
        </Card>
      ))}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('meeting.title')}
      </Typography.Title>
      {plan.status === 'drawn' && draw.data && <OpenMeeting plan={plan} panels={draw.data.panels} />}
      {plan.status !== 'drawn' && !plan.meeting && <Alert type="info" showIcon title={t('meeting.notYet')} />}
      {plan.meeting && (
        <>
          <Alert type={plan.meeting.status === 'open' ? 'success' : 'info'} showIcon title={plan.meeting.status === 'open' ? t('meeting.opened') : t('meeting.closed', { date: plan.meeting.closedOn ?? '' })} style={{ marginBottom: 12 }} />
          <Descriptions size="small" column={1} bordered items={plan.meeting.sitting.map((panel) => ({ key: panel.specialty, label: `${t('meeting.sitting')}：${panel.specialty}`, children: panel.members.map((m) => names.get(m) ?? m).join('、') }))} />
          {plan.meeting.status === 'open' ? <CloseMeeting plan={plan} /> : <Results plan={plan} />}
        </>
      )}
    </>
  );
}

/** Attendance as the office takes it at the door: every drawn member and substitute, ticked when present. */
function OpenMeeting({ plan, panels }: { plan: Plan; panels: DrawnPanel[] }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const open = useMutation({
    mutationFn: (present: string[]) => unwrap(meetingsHttpControllerOpenMeeting({ path: { id: plan.id }, body: { present } })),
    onSuccess: () => {
      void message.success(t('meeting.opened'));
      void queryClient.invalidateQueries({ queryKey: ['review-plans', plan.committeeId] });
    },
  });
  const everyone = panels.flatMap((p) => [...p.members.map((e) => ({ ...e, seat: t('draw.members') })), ...p.substitutes.map((e) => ({ ...e, seat: t('draw.substitutes') }))]);
  return (
    <Form layout="vertical" onFinish={(values: { present: string[] }) => open.mutate(values.present)} initialValues={{ present: panels.flatMap((p) => p.members.map((e) => e.expertId)) }}>
      <Form.Item name="present" label={t('meeting.present')}>
        <Checkbox.Group options={everyone.map((e) => ({ value: e.expertId, label: `${e.name ?? e.expertId}（${e.seat}）` }))} />
      </Form.Item>
      <Refusal error={open.error} />
      <Button type="primary" htmlType="submit" loading={open.isPending} style={{ marginTop: 8 }}>
        {t('meeting.open')}
      </Button>
    </Form>
  );
}

function CloseMeeting({ plan }: { plan: Plan }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const close = useMutation({
    mutationFn: () => unwrap<{ results: Result[] }>(meetingsHttpControllerCloseMeeting({ path: { id: plan.id } })),
    onSuccess: () => {
      void message.success(t('meeting.closedNow'));
      void queryClient.invalidateQueries({ queryKey: ['review-plans', plan.committeeId] });
    },
  });
  return (
    <div style={{ marginTop: 12 }}>
      <Popconfirm title={t('meeting.closeConfirm')} onConfirm={() => close.mutate()} okText={t('meeting.close')}>
        <Button type="primary" danger loading={close.isPending}>
          {t('meeting.close')}
        </Button>
      </Popconfirm>
      <Refusal error={close.error} />
    </div>
  );
}

/** The counted results (R-CM-7), one per declaration, as the committee recorded them. */
function Results({ plan }: { plan: Plan }) {
  const t = usePageT(MESSAGES);
  const results = useQuery({
    queryKey: ['results', plan.id],
    queryFn: () => Promise.all(plan.declarationIds.map((declarationId) => unwrap<Result>(getDecisionHttpControllerGet({ path: { declarationId } })))),
  });
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('meeting.results')}
      </Typography.Title>
      <Refusal error={results.error} />
      <Table<Result>
        rowKey="declarationId"
        loading={results.isPending}
        dataSource={results.data ?? []}
        pagination={false}
        columns={[
          { title: t('plans.declaration'), dataIndex: 'declarationId' },
          { title: t('meeting.outcome'), render: (_, r) => <Tag color={r.outcome === 'passed' ? 'success' : 'error'}>{r.outcome}</Tag> },
          { title: t('meeting.votes'), render: (_, r) => `${r.votesFor} / ${r.votesAgainst} / ${r.abstentions} / ${r.attending}` },
          { title: t('meeting.reason'), dataIndex: 'reason' },
        ]}
      />
    </>
  );
}
