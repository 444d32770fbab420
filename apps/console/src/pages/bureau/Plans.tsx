import { useQuery } from '@tanstack/react-query';
import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { managePlansHttpControllerList } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';

interface PlanVersion {
  id: string;
  version: number;
  status: string;
  region: string;
  year: number;
  publishedAt: string | null;
}

/** The annual plans, every version, drafts included (the bureau writes them; region rules are data, not code). */
export default function Plans() {
  const t = useT();
  const plans = useQuery({ queryKey: ['plans'], queryFn: () => unwrap<PlanVersion[]>(managePlansHttpControllerList()) });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('plans.title')}
      </Typography.Title>
      <Refusal error={plans.error} />
      <Table<PlanVersion>
        rowKey={(plan) => `${plan.id}@${plan.version}`}
        loading={plans.isPending}
        dataSource={plans.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: 'ID', render: (_, plan) => <Link to={`/bureau/plans/${encodeURIComponent(plan.id)}`}>{plan.id}</Link> },
          { title: t('plans.region'), dataIndex: 'region' },
          { title: t('plans.year'), dataIndex: 'year' },
          { title: t('plans.version'), dataIndex: 'version' },
          { title: t('common.status'), render: (_, plan) => <Tag color={plan.status === 'published' ? 'success' : 'default'}>{plan.status}</Tag> },
        ]}
      />
    </>
  );
}
