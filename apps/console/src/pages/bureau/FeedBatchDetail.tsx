import { useQuery } from '@tanstack/react-query';
import { Spin, Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { feedBatchesHttpControllerGet } from '../../api/verification/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { Facts } from '../inspector/shared';
import type { FeedBatch } from './Feeds';
import { MESSAGES } from './messages';

interface BatchReport extends FeedBatch {
  rejectedRows: { line: number; reason: string; raw?: string }[];
}

/** One batch's data-quality report; for a file, its first rejected lines with why (the raw lines are the bureau's to fix with the agency). */
export default function FeedBatchDetail() {
  const t = usePageT(MESSAGES);
  const { batchId = '' } = useParams();
  const batch = useQuery({ queryKey: ['feed-batch', batchId], queryFn: () => unwrap<BatchReport>(feedBatchesHttpControllerGet({ path: { batchId } })) });
  if (batch.isPending) return <Spin />;
  if (batch.error) return <Refusal error={batch.error} />;
  const value = batch.data;
  const reasons = typeof value.rejectReasons === 'object' && value.rejectReasons !== null ? Object.entries(value.rejectReasons as Record<string, unknown>) : [];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('feeds.batch')} <code>{value.batchId}</code>
      </Typography.Title>
      <Facts
        items={[
          [t('feeds.source'), value.source],
          [t('feeds.way'), value.way],
          [t('feeds.receivedAt'), new Date(value.receivedAt).toLocaleString()],
          [t('feeds.read'), value.rowsRead],
          [t('feeds.accepted'), value.rowsAccepted],
          [t('feeds.held'), value.rowsAlreadyHeld],
          [t('feeds.rejected'), value.rowsRejected],
          [t('feeds.reasons'), reasons.length > 0 ? reasons.map(([reason, count]) => `${reason}: ${String(count)}`).join('; ') : '—'],
        ]}
      />
      {value.rejectedRows.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
            {t('feeds.rejectedRows')}
          </Typography.Title>
          <Table
            rowKey="line"
            size="small"
            dataSource={value.rejectedRows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            columns={[
              { title: t('feeds.line'), dataIndex: 'line' },
              { title: t('feeds.reason'), dataIndex: 'reason' },
              { title: t('feeds.raw'), render: (_, row: BatchReport['rejectedRows'][number]) => (row.raw === undefined ? '—' : <code>{row.raw}</code>) },
            ]}
          />
        </>
      )}
    </>
  );
}
