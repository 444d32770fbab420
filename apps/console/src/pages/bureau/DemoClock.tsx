import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { managePlansHttpControllerGet, managePlansHttpControllerList } from '../../api/intake/client';
import { CLOCKED_SERVICES, moveClock, readClock, type ClockedService, type ServiceClock } from '../../api/test-clock';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { addDays } from '../../lib/dates';
import { MESSAGES } from './messages';

interface PlanDocument {
  extractionLeadDays: number;
  stages: { applicantSubmission: { opens: string }; officeReviewCloses: string; meetings: { opens: string }; committeeDeadline: string };
}

const SERVICES = Object.keys(CLOCKED_SERVICES) as ClockedService[];

/**
 * Moves every service's date to a day of an annual plan, so that a demo (npm start) can walk a 2023
 * plan from declaration to meeting in a browser. Only where TEST_CLOCK is on; elsewhere it says so.
 */
export default function DemoClock() {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [planId, setPlanId] = useState<string>();
  const [date, setDate] = useState('');
  const clocks = useQuery({
    queryKey: ['clocks'],
    queryFn: async () => Promise.all(SERVICES.map(async (service) => ({ service, clock: await readClock(service) }))),
  });
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => unwrap<{ id: string; status: string }[]>(managePlansHttpControllerList()) });
  const published = [...new Set((plans.data ?? []).filter((p) => p.status === 'published').map((p) => p.id))];
  const days = usePlanDays(planId);
  const running = (clocks.data ?? []).filter((c): c is { service: ClockedService; clock: ServiceClock } => c.clock !== undefined);
  const move = useMutation({
    mutationFn: async (day: string) => {
      for (const { service } of running) await moveClock(service, day);
    },
    onSuccess: (_, day) => {
      void message.success(t('clock.moved', { date: day }));
      void queryClient.invalidateQueries();
    },
  });
  const off = clocks.isSuccess && running.length === 0;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('clock.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('clock.intro')}</Typography.Paragraph>
      <Refusal error={clocks.error ?? plans.error ?? days.error ?? move.error} />
      {off && <Alert type="info" showIcon title={t('clock.off')} />}
      <Table
        rowKey="service"
        loading={clocks.isPending}
        dataSource={clocks.data ?? []}
        pagination={false}
        size="small"
        data-testid="service-clocks"
        columns={[
          { title: t('clock.service'), dataIndex: 'service' },
          { title: t('clock.today'), render: (_, row) => row.clock?.today ?? t('clock.unavailable') },
          { title: t('clock.now'), render: (_, row) => (row.clock ? new Date(row.clock.now).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—') },
        ]}
      />
      {!off && (
        <Card size="small" style={{ marginTop: 16 }}>
          <Form layout="vertical" onFinish={() => move.mutate(date)}>
            <Form.Item label={t('clock.plan')} htmlFor="clock-plan">
              <Select id="clock-plan" style={{ maxWidth: 420 }} loading={plans.isPending} value={planId} onChange={setPlanId} options={published.map((id) => ({ value: id, label: id }))} />
            </Form.Item>
            {days.data && (
              <Form.Item label={t('clock.day')}>
                <Radio.Group value={date} onChange={(event) => setDate(event.target.value as string)}>
                  <Space orientation="vertical">
                    {days.data.map((day) => (
                      <Radio key={day.key} value={day.date}>
                        {day.date} {t(day.key, { days: day.leadDays ?? 0 })}
                      </Radio>
                    ))}
                  </Space>
                </Radio.Group>
              </Form.Item>
            )}
            <Form.Item label={t('clock.any')} htmlFor="clock-date">
              <Input id="clock-date" type="date" style={{ width: 200 }} value={date} onChange={(event) => setDate(event.target.value)} />
            </Form.Item>
            <Button type="primary" htmlType="submit" disabled={!date} loading={move.isPending}>
              {t('clock.move')}
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}

type DayKey = 'clock.day.opens' | 'clock.day.officeCloses' | 'clock.day.filing' | 'clock.day.meeting' | 'clock.day.deadline';

/** The days of the plan's latest published version a demo moves to, in the cycle's order. */
function usePlanDays(planId: string | undefined) {
  return useQuery({
    queryKey: ['plan-days', planId],
    enabled: Boolean(planId),
    queryFn: async (): Promise<{ key: DayKey; date: string; leadDays?: number }[]> => {
      const plan = await unwrap<{ versions: { status: string; document: PlanDocument }[] }>(managePlansHttpControllerGet({ path: { id: planId! } }));
      const latest = plan.versions.filter((v) => v.status === 'published').at(-1)?.document;
      if (!latest) return [];
      const { stages, extractionLeadDays } = latest;
      // A day more than the lead time (R-CM-2), so the draw on that day is in time too.
      const leadDays = extractionLeadDays + 1;
      return [
        { key: 'clock.day.opens', date: stages.applicantSubmission.opens },
        { key: 'clock.day.officeCloses', date: stages.officeReviewCloses },
        { key: 'clock.day.filing', date: addDays(stages.meetings.opens, -leadDays), leadDays },
        { key: 'clock.day.meeting', date: stages.meetings.opens },
        { key: 'clock.day.deadline', date: stages.committeeDeadline },
      ];
    },
  });
}
