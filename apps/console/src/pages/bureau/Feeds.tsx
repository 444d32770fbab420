import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { agencyStatusHttpControllerStatus, feedBatchesHttpControllerList } from '../../api/verification/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

export interface FeedBatch {
  batchId: string;
  source: string;
  way: string;
  receivedAt: string;
  rowsRead: number;
  rowsAccepted: number;
  rowsAlreadyHeld: number;
  rowsRejected: number;
  rejectReasons: Record<string, number> | unknown;
}

const BREAKER_COLOUR: Record<string, string> = { closed: 'success', 'half-open': 'warning', open: 'error' };

/** The agencies' data feeds: each query service's circuit breaker, and the latest batches with their quality reports. */
export default function Feeds() {
  const t = usePageT(MESSAGES);
  const agencies = useQuery({ queryKey: ['feed-agencies'], queryFn: () => unwrap<Record<string, string>>(agencyStatusHttpControllerStatus()) });
  const batches = useQuery({ queryKey: ['feed-batches'], queryFn: () => unwrap<FeedBatch[]>(feedBatchesHttpControllerList({ query: { limit: 100 } })) });
  const agencyRows = Object.entries(agencies.data ?? {}).map(([source, state]) => ({ source, state }));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('feeds.title')}
      </Typography.Title>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('feeds.agencies')}
      </Typography.Title>
      <Refusal error={agencies.error} />
      {agencies.data && agencyRows.length === 0 ? (
        <Empty description={t('feeds.noAgencies')} />
      ) : (
        <Table
          rowKey="source"
          size="small"
          pagination={false}
          loading={agencies.isPending}
          dataSource={agencyRows}
          columns={[
            { title: t('feeds.agency'), dataIndex: 'source' },
            { title: t('feeds.breaker'), render: (_, row: { state: string }) => <Tag color={BREAKER_COLOUR[row.state] ?? 'default'}>{row.state}</Tag> },
          ]}
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('feeds.batches')}
      </Typography.Title>
      <Refusal error={batches.error} />
      <div data-testid="feed-batches">
        <Table<FeedBatch>
          rowKey="batchId"
          size="small"
          loading={batches.isPending}
          dataSource={batches.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('feeds.batch'), render: (_, row) => <Link to={`/bureau/feeds/${encodeURIComponent(row.batchId)}`}>{row.batchId}</Link> },
            { title: t('feeds.source'), dataIndex: 'source' },
            { title: t('feeds.way'), dataIndex: 'way' },
            { title: t('feeds.receivedAt'), render: (_, row) => new Date(row.receivedAt).toLocaleString() },
            { title: t('feeds.read'), dataIndex: 'rowsRead' },
            { title: t('feeds.accepted'), dataIndex: 'rowsAccepted' },
            { title: t('feeds.held'), dataIndex: 'rowsAlreadyHeld' },
            { title: t('feeds.rejected'), render: (_, row) => <Tag color={row.rowsRejected > 0 ? 'warning' : 'success'}>{row.rowsRejected}</Tag> },
          ]}
        />
      </div>
    </>
  );
}
