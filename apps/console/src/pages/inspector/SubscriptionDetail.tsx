import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, InputNumber, Popconfirm, Spin, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { subscriptionsHttpControllerDeactivate, subscriptionsHttpControllerDeliveries, subscriptionsHttpControllerGet, subscriptionsHttpControllerReplay } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Facts } from './shared';
import { filtersText, type Subscription } from './Subscriptions';

interface Delivery {
  id: string;
  seq: string;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

const DELIVERY_COLOUR = { pending: 'processing', delivered: 'success', dead: 'error' } as const;

/**
 * One subscription and, for a webhook, each finding change sent to it: retried with backoff, dead
 * after the last try; a replay sends every matching change again from a seq on.
 */
export default function SubscriptionDetail() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const subscription = useQuery({ queryKey: ['subscription', id], queryFn: () => unwrap<Subscription>(subscriptionsHttpControllerGet({ path: { id } })) });
  const webhook = subscription.data?.delivery === 'webhook';
  const deliveries = useQuery({
    queryKey: ['subscription', id, 'deliveries'],
    enabled: webhook,
    // New findings and retries change the list by themselves: look again while the subscription is active.
    refetchInterval: subscription.data?.active ? 2_000 : false,
    queryFn: () => unwrap<Delivery[]>(subscriptionsHttpControllerDeliveries({ path: { id } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['subscription', id] });
  const end = useMutation({ mutationFn: () => unwrap(subscriptionsHttpControllerDeactivate({ path: { id } })), onSuccess: refresh });
  const replay = useMutation({ mutationFn: (fromSeq: number) => unwrap<{ queued: number; throughSeq: string | null; more: boolean }>(subscriptionsHttpControllerReplay({ path: { id }, body: { fromSeq } })), onSuccess: refresh });
  if (subscription.isPending) return <Spin />;
  if (subscription.error) return <Refusal error={subscription.error} />;
  const value = subscription.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('subs.title')}: <code>{value.id.slice(0, 8)}</code> <Tag color={value.active ? 'success' : 'default'}>{t(value.active ? 'subs.active' : 'subs.ended')}</Tag>
      </Typography.Title>
      <Facts
        items={[
          ['ID', <code key="id">{value.id}</code>],
          [t('subs.delivery'), t(value.delivery === 'webhook' ? 'subs.webhook' : 'subs.stream')],
          [t('subs.url'), value.url ?? '—'],
          [t('subs.filters'), filtersText(value.filters)],
          [t('subs.cursor'), value.cursor],
          [t('subs.createdAt'), new Date(value.createdAt).toLocaleString()],
        ]}
      />
      {value.active && (
        <Popconfirm title={t('subs.end')} onConfirm={() => end.mutate()}>
          <Button danger style={{ marginTop: 16 }} loading={end.isPending}>
            {t('subs.end')}
          </Button>
        </Popconfirm>
      )}
      <Refusal error={end.error} />
      {webhook && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
            {t('subs.deliveries')}
          </Typography.Title>
          {value.active && (
            <Form layout="inline" initialValues={{ fromSeq: 1 }} onFinish={(values: { fromSeq: number }) => replay.mutate(values.fromSeq)} style={{ marginBottom: 16 }}>
              <Form.Item name="fromSeq" label={t('subs.fromSeq')} rules={[{ required: true }]}>
                <InputNumber min={0} />
              </Form.Item>
              <Button htmlType="submit" loading={replay.isPending}>
                {t('subs.replay')}
              </Button>
            </Form>
          )}
          <Refusal error={replay.error ?? deliveries.error} />
          {replay.data && <Alert type="success" showIcon role="status" title={t('subs.replayed', { n: replay.data.queued })} style={{ marginBottom: 16 }} />}
          <div data-testid="deliveries">
            <Table<Delivery>
              rowKey="id"
              size="small"
              loading={deliveries.isPending}
              dataSource={deliveries.data ?? []}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('subs.seq'), dataIndex: 'seq' },
                { title: common('common.status'), render: (_, row) => <Tag color={DELIVERY_COLOUR[row.status]}>{row.status}</Tag> },
                { title: t('subs.attempts'), dataIndex: 'attempts' },
                { title: t('subs.lastStatus'), render: (_, row) => row.lastStatus ?? '—' },
                { title: t('subs.lastError'), render: (_, row) => row.lastError ?? '—' },
                { title: t('subs.deliveredAt'), render: (_, row) => (row.deliveredAt ? new Date(row.deliveredAt).toLocaleString() : '—') },
              ]}
            />
          </div>
        </>
      )}
    </>
  );
}
