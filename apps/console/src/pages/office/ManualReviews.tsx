import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { manualReviewHttpControllerDecideCheck, manualReviewHttpControllerQueue } from '../../api/verification/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { ReasonModal } from './shared';

interface Waiting {
  id: string;
  declarationId: string;
  check: string;
  reason: string;
  checkedAt: string;
  timesOutAt: string | null;
}

type Outcome = 'passed' | 'failed';

/**
 * Verification checks the feeds could not settle in time (R-VF-1..3), waiting for the office to
 * decide by hand with a reason that is kept with the check (R-VF-4). Only the office's committee's.
 */
export default function ManualReviews() {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<{ row: Waiting; outcome: Outcome }>();
  const queue = useQuery({ queryKey: ['manual-reviews'], queryFn: () => unwrap<Waiting[]>(manualReviewHttpControllerQueue()) });
  const decide = useMutation({
    mutationFn: ({ row, outcome, reason }: { row: Waiting; outcome: Outcome; reason: string }) =>
      unwrap(manualReviewHttpControllerDecideCheck({ path: { declarationId: row.declarationId, check: row.check }, body: { outcome, reason } })),
    onSuccess: () => {
      setDeciding(undefined);
      void message.success(t('manual.done'));
      void queryClient.invalidateQueries({ queryKey: ['manual-reviews'] });
    },
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('manual.title')}
      </Typography.Title>
      <Refusal error={queue.error} />
      <Table<Waiting>
        rowKey="id"
        loading={queue.isPending}
        dataSource={queue.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('plans.declaration'), dataIndex: 'declarationId' },
          { title: t('manual.check'), dataIndex: 'check' },
          { title: t('manual.reason'), dataIndex: 'reason' },
          { title: t('manual.checkedAt'), render: (_, row) => new Date(row.checkedAt).toLocaleString() },
          {
            title: '',
            render: (_, row) => (
              <Space>
                {(['passed', 'failed'] as const).map((outcome) => (
                  <Button key={outcome} size="small" danger={outcome === 'failed'} onClick={() => setDeciding({ row, outcome })} aria-label={`${t(outcome === 'passed' ? 'manual.pass' : 'manual.fail')}: ${row.check} ${row.declarationId}`}>
                    {t(outcome === 'passed' ? 'manual.pass' : 'manual.fail')}
                  </Button>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {deciding && (
        <ReasonModal
          title={`${t(deciding.outcome === 'passed' ? 'manual.pass' : 'manual.fail')}: ${deciding.row.check}`}
          label={t('manual.decisionReason')}
          pending={decide.isPending}
          error={decide.error}
          onCancel={() => setDeciding(undefined)}
          onSubmit={(reason) => decide.mutate({ ...deciding, reason })}
        />
      )}
    </>
  );
}
