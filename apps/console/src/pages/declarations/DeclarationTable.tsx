import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { declarationsHttpControllerList } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { statusLabel, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';

export interface DeclarationRow {
  id: string;
  applicantName: string;
  employerCreditCode: string;
  series: string;
  specialty: string | null;
  level: string;
  region: string;
  status: string;
  committee: string | null;
  submittedAt: string | null;
}

interface DeclarationPage {
  total: number;
  items: DeclarationRow[];
}

/**
 * Declarations the signed-in person may see (intake narrows every list to their scope), optionally
 * of some statuses: an applicant's own, an employer's queue, the office's queue.
 */
export function DeclarationTable({ title, statuses, actions, toolbar }: { title: string; statuses?: string[]; actions?: (row: DeclarationRow) => ReactNode; toolbar?: ReactNode }) {
  const t = useT();
  const list = useQuery({
    queryKey: ['declarations', statuses ?? 'all'],
    queryFn: async () => {
      const pages = await Promise.all((statuses ?? [undefined]).map((status) => unwrap<DeclarationPage>(declarationsHttpControllerList({ query: { status, pageSize: 200 } }))));
      return { total: pages.reduce((sum, page) => sum + page.total, 0), items: pages.flatMap((page) => page.items) };
    },
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {title}
      </Typography.Title>
      {toolbar}
      <Refusal error={list.error} />
      <Table<DeclarationRow>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        footer={() => t('decl.total', { n: list.data?.total ?? 0 })}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('decl.applicant'), dataIndex: 'applicantName' },
          { title: t('decl.series'), render: (_, row) => `${row.series} · ${row.level}${row.specialty ? ` · ${row.specialty}` : ''}` },
          { title: t('decl.employer'), dataIndex: 'employerCreditCode' },
          { title: t('decl.submittedAt'), render: (_, row) => (row.submittedAt ? new Date(row.submittedAt).toLocaleString() : '—') },
          { title: t('common.status'), render: (_, row) => <Tag>{statusLabel(t, row.status)}</Tag> },
          { title: t('common.actions'), render: (_, row) => actions?.(row) ?? <Link to={`/declarations/${row.id}`}>{t('decl.open')}</Link> },
        ]}
      />
    </>
  );
}
