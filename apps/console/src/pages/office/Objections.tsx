import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { objectionsHttpControllerDecide, objectionsHttpControllerList } from '../../api/publicity/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { ReasonModal } from './shared';

type Status = 'open' | 'upheld' | 'dismissed';

interface Objection {
  id: string;
  declarationId: string;
  applicantName: string | null;
  series: string | null;
  level: string | null;
  target: string;
  evidence: string;
  contact: string;
  status: Status;
  filedAt: string;
  reason: string | null;
}

const COLOUR: Record<Status, 'warning' | 'error' | 'success'> = { open: 'warning', upheld: 'error', dismissed: 'success' };

/**
 * Objections from the public to results on display (R-PB-2): each names a target and gives
 * evidence; the office investigates and upholds (the result is withheld) or dismisses it (the
 * result is published once the window ends, R-PB-3), with its reason, and answers the objector.
 */
export default function Objections() {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | 'all'>('open');
  const [deciding, setDeciding] = useState<{ row: Objection; decision: 'upheld' | 'dismissed' }>();
  const list = useQuery({ queryKey: ['objections', status], queryFn: () => unwrap<Objection[]>(objectionsHttpControllerList({ query: status === 'all' ? {} : { status } })) });
  const decide = useMutation({
    mutationFn: ({ row, decision, reason }: { row: Objection; decision: 'upheld' | 'dismissed'; reason: string }) => unwrap(objectionsHttpControllerDecide({ path: { id: row.id }, body: { decision, reason } })),
    onSuccess: () => {
      setDeciding(undefined);
      void message.success(t('objections.done'));
      void queryClient.invalidateQueries({ queryKey: ['objections'] });
    },
  });
  const label = (decision: 'upheld' | 'dismissed') => t(decision === 'upheld' ? 'objections.uphold' : 'objections.dismiss');
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('objections.title')}
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('objections.filter')} htmlFor="objection-status">
          <Select id="objection-status" style={{ width: 160 }} value={status} onChange={setStatus} options={[...(['open', 'upheld', 'dismissed'] as const).map((s) => ({ value: s, label: t(`objection.status.${s}`) })), { value: 'all', label: t('objections.all') }]} />
        </Form.Item>
      </Form>
      <Refusal error={list.error} />
      <Table<Objection>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('objections.applicant'), render: (_, o) => `${o.applicantName ?? o.declarationId}${o.series ? `（${o.series} · ${o.level ?? ''}）` : ''}` },
          { title: t('objections.target'), dataIndex: 'target' },
          { title: t('objections.evidence'), dataIndex: 'evidence' },
          { title: t('objections.contact'), dataIndex: 'contact' },
          { title: t('objections.filedAt'), render: (_, o) => new Date(o.filedAt).toLocaleString() },
          { title: t('duties.state'), render: (_, o) => <Tag color={COLOUR[o.status]}>{t(`objection.status.${o.status}`)}</Tag> },
          {
            title: t('objections.reason'),
            render: (_, o) =>
              o.status === 'open' ? (
                <Space>
                  {(['upheld', 'dismissed'] as const).map((decision) => (
                    <Button key={decision} size="small" danger={decision === 'upheld'} onClick={() => setDeciding({ row: o, decision })} aria-label={`${label(decision)}: ${o.target}`}>
                      {label(decision)}
                    </Button>
                  ))}
                </Space>
              ) : (
                o.reason
              ),
          },
        ]}
      />
      {deciding && (
        <ReasonModal
          title={`${label(deciding.decision)}: ${deciding.row.target}`}
          label={t('objections.decisionReason')}
          pending={decide.isPending}
          error={decide.error}
          onCancel={() => setDeciding(undefined)}
          onSubmit={(reason) => decide.mutate({ ...deciding, reason })}
        />
      )}
    </>
  );
}
