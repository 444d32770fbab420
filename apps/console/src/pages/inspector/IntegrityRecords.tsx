import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { integrityRecordsHttpControllerList, integrityRecordsHttpControllerSearch } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface IntegrityRecord {
  id: string;
  idNumber: string;
  declarationId: string | null;
  ruleId: string;
  reason: string;
  recordedOn: string;
  activeUntil: string;
  active: boolean;
}

/**
 * The integrity archive of the inspector's region (R-SV-1: fraud is on record for 3 years). A
 * search by identity number goes in a POST body, never in a URL that access logs would keep.
 */
export default function IntegrityRecords() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const [active, setActive] = useState<'true' | 'all'>('all');
  const listed = useQuery({ queryKey: ['integrity-records', active], queryFn: () => unwrap<IntegrityRecord[]>(integrityRecordsHttpControllerList({ query: active === 'true' ? { active: 'true' } : {} })) });
  const search = useMutation({ mutationFn: (idNumber: string) => unwrap<IntegrityRecord[]>(integrityRecordsHttpControllerSearch({ body: { idNumber, ...(active === 'true' ? { active: true } : {}) } })) });
  const rows = search.data ?? listed.data ?? [];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('integrity.title')}
      </Typography.Title>
      <Form layout="inline" onFinish={(values: { idNumber?: string }) => (values.idNumber?.trim() ? search.mutate(values.idNumber.trim()) : search.reset())} style={{ marginBottom: 16 }}>
        <Form.Item name="idNumber" label={t('integrity.idNumber')}>
          <Input style={{ width: 240 }} autoComplete="off" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={search.isPending}>
          {t('integrity.search')}
        </Button>
        <Segmented
          style={{ marginLeft: 16 }}
          aria-label={common('common.status')}
          value={active}
          onChange={(value) => setActive(value === 'true' ? 'true' : 'all')}
          options={[
            { value: 'all', label: t('integrity.all') },
            { value: 'true', label: t('integrity.activeOnly') },
          ]}
        />
      </Form>
      <Refusal error={search.error ?? listed.error} />
      <Table<IntegrityRecord>
        rowKey="id"
        loading={listed.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('integrity.idNumber'), dataIndex: 'idNumber' },
          { title: common('findings.rule'), dataIndex: 'ruleId' },
          { title: t('integrity.reason'), dataIndex: 'reason' },
          { title: t('integrity.declaration'), render: (_, row) => (row.declarationId ? <Link to={`/declarations/${row.declarationId}`}>{row.declarationId.slice(0, 8)}</Link> : '—') },
          { title: t('integrity.recordedOn'), dataIndex: 'recordedOn' },
          { title: t('integrity.activeUntil'), render: (_, row) => <Tag color={row.active ? 'warning' : 'default'}>{row.activeUntil}</Tag> },
        ]}
      />
    </>
  );
}
