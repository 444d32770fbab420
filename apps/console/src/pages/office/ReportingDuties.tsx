import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { reportResultsHttpControllerFulfil, reportResultsHttpControllerList } from '../../api/publicity/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

type Kind = 'report' | 'filing';
type State = 'open' | 'overdue' | 'done';

interface Duty {
  declarationId: string;
  kind: Kind;
  committee: string;
  dueAt: string;
  fulfilledAt: string | null;
  reference: string | null;
  late: boolean;
}

const stateOf = (duty: Duty, now: number): State => (duty.fulfilledAt ? 'done' : Date.parse(duty.dueAt) < now ? 'overdue' : 'open');
const COLOUR: Record<State, 'processing' | 'error' | 'success'> = { open: 'processing', overdue: 'error', done: 'success' };

/**
 * What the committee owes the province (R-PB-4): each result reported after the review and filed
 * after publicity, by the plan's deadlines. The office records a report or filing for the selected
 * duties of one kind at once, with the reference the province gave.
 */
export default function ReportingDuties() {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [state, setState] = useState<State | undefined>();
  const [selected, setSelected] = useState<Duty[]>([]);
  const [form] = Form.useForm<{ reference: string }>();
  const duties = useQuery({ queryKey: ['reporting-duties', state], queryFn: () => unwrap<Duty[]>(reportResultsHttpControllerList({ query: state ? { state } : {} })) });
  const kinds = [...new Set(selected.map((d) => d.kind))];
  const fulfil = useMutation({
    mutationFn: (reference: string) => unwrap(reportResultsHttpControllerFulfil({ body: { kind: kinds[0]!, declarationIds: selected.map((d) => d.declarationId), reference } })),
    onSuccess: () => {
      setSelected([]);
      form.resetFields();
      void message.success(t('duties.done'));
      void queryClient.invalidateQueries({ queryKey: ['reporting-duties'] });
    },
  });
  const now = Date.now();
  const keyOf = (d: Duty) => `${d.declarationId}:${d.kind}`;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('duties.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('duties.rule')} style={{ marginBottom: 16 }} />
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('duties.state')} htmlFor="duty-state">
          <Select id="duty-state" style={{ width: 160 }} value={state ?? 'all'} onChange={(value: State | 'all') => setState(value === 'all' ? undefined : value)} options={[{ value: 'all', label: t('objections.all') }, ...(['open', 'overdue', 'done'] as const).map((s) => ({ value: s, label: t(`duties.state.${s}`) }))]} />
        </Form.Item>
      </Form>
      <Refusal error={duties.error} />
      <Table<Duty>
        rowKey={keyOf}
        loading={duties.isPending}
        dataSource={duties.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: selected.map(keyOf),
          onChange: (_, rows) => setSelected(rows),
          getCheckboxProps: (d) => ({ disabled: Boolean(d.fulfilledAt), 'aria-label': `${t(`duties.kind.${d.kind}`)} ${d.declarationId}` }),
        }}
        columns={[
          { title: t('plans.declaration'), dataIndex: 'declarationId' },
          { title: t('duties.kind'), render: (_, d) => t(`duties.kind.${d.kind}`) },
          { title: t('duties.due'), render: (_, d) => new Date(d.dueAt).toLocaleString() },
          {
            title: t('duties.state'),
            render: (_, d) => (
              <>
                <Tag color={COLOUR[stateOf(d, now)]}>{t(`duties.state.${stateOf(d, now)}`)}</Tag>
                {d.fulfilledAt && d.late && <Tag color="warning">{t('duties.late')}</Tag>}
              </>
            ),
          },
          { title: t('duties.reference'), render: (_, d) => d.reference ?? '—' },
        ]}
      />
      <Card size="small" title={t('duties.fulfil')} style={{ marginTop: 16 }}>
        {kinds.length !== 1 && <Typography.Paragraph>{t('duties.select')}</Typography.Paragraph>}
        <Form form={form} layout="inline" onFinish={(values) => fulfil.mutate(values.reference.trim())}>
          <Form.Item name="reference" label={t('duties.reference')} rules={[{ required: true, whitespace: true, min: 2 }]}>
            <Input style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" disabled={kinds.length !== 1} loading={fulfil.isPending}>
            {t('duties.fulfil')}
          </Button>
        </Form>
        <Refusal error={fulfil.error} />
      </Card>
    </>
  );
}
