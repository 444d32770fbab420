import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Popconfirm, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { managePlansHttpControllerEdit, managePlansHttpControllerGet, managePlansHttpControllerPublish } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { diffPlans, type PlanChange } from './plan-diff';

interface PlanVersion {
  id: string;
  version: number;
  status: string;
  region: string;
  year: number;
  document: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
}

interface Plan {
  id: string;
  versions: PlanVersion[];
  changes: { seq: string; version: number; action: string; by: string; at: string; note: string | null }[];
}

const shown = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/**
 * One annual plan (regional rules are data, not code): its versions and change log, the latest
 * document to edit as JSON (saved as a draft version; the service's field errors are shown as it
 * names them), publishing, and what changed between any two versions.
 */
export default function PlanDetail() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', id], queryFn: () => unwrap<Plan>(managePlansHttpControllerGet({ path: { id } })) });
  const versions = plan.data?.versions ?? [];
  const latest = versions[versions.length - 1];
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string>();
  const [compare, setCompare] = useState<{ from?: number; to?: number }>({});
  // The editor starts from the latest version each time a version is added.
  useEffect(() => {
    if (latest) setText(JSON.stringify(latest.document, null, 2));
  }, [latest?.version, latest?.status]);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['plan', id] }), queryClient.invalidateQueries({ queryKey: ['plans'] })]);
  const save = useMutation({
    mutationFn: (document: unknown) => unwrap<{ version: number }>(managePlansHttpControllerEdit({ path: { id }, body: document as never })),
    onSuccess: refresh,
  });
  const publish = useMutation({ mutationFn: () => unwrap<{ version: number }>(managePlansHttpControllerPublish({ path: { id } })), onSuccess: refresh });
  const from = compare.from ?? versions[versions.length - 2]?.version ?? latest?.version;
  const to = compare.to ?? latest?.version;
  const changes = useMemo<PlanChange[]>(() => {
    const before = versions.find((version) => version.version === from);
    const after = versions.find((version) => version.version === to);
    return before && after ? diffPlans(before.document, after.document) : [];
  }, [versions, from, to]);

  if (plan.isPending) return <Spin />;
  if (plan.error) return <Refusal error={plan.error} />;
  const onSave = () => {
    try {
      const document: unknown = JSON.parse(text);
      setParseError(undefined);
      save.mutate(document);
    } catch (error) {
      setParseError(t('plan.badJson', { reason: (error as Error).message }));
    }
  };
  const versionOptions = versions.map((version) => ({ value: version.version, label: `v${version.version} · ${version.status}` }));
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('plan.title')} <code>{id}</code>
      </Typography.Title>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('plan.versions')}
      </Typography.Title>
      <Table<PlanVersion>
        rowKey="version"
        size="small"
        pagination={false}
        dataSource={versions}
        columns={[
          { title: t('plan.versions'), dataIndex: 'version' },
          { title: common('common.status'), render: (_, row) => <Tag color={row.status === 'published' ? 'success' : 'default'}>{row.status}</Tag> },
          { title: common('plans.region'), dataIndex: 'region' },
          { title: common('plans.year'), dataIndex: 'year' },
          { title: t('plan.publishedAt'), render: (_, row) => (row.publishedAt ? new Date(row.publishedAt).toLocaleString() : '—') },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('plan.edit')}
      </Typography.Title>
      <Typography.Paragraph>{t('plan.documentHelp')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={onSave}>
        <Form.Item label={t('plan.document')} htmlFor="plan-document">
          <Input.TextArea id="plan-document" value={text} onChange={(event) => setText(event.target.value)} autoSize={{ minRows: 12, maxRows: 30 }} spellCheck={false} style={{ fontFamily: 'monospace', fontSize: 13 }} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('plan.save')}
          </Button>
          <Popconfirm title={t('plan.publishConfirm')} onConfirm={() => publish.mutate()} disabled={latest?.status !== 'draft'}>
            <Button disabled={latest?.status !== 'draft'} loading={publish.isPending}>
              {t('plan.publish')}
            </Button>
          </Popconfirm>
        </Space>
      </Form>
      <div style={{ marginTop: 16 }} aria-live="polite">
        {parseError && <Alert type="error" showIcon role="alert" title={parseError} />}
        <Refusal error={save.error ?? publish.error} />
        {save.data && !save.error && <Alert type="success" showIcon data-testid="plan-saved" title={t('plan.saved', { version: save.data.version })} />}
        {publish.data && !publish.error && <Alert type="success" showIcon data-testid="plan-published" title={t('plan.published', { version: publish.data.version })} />}
      </div>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('plan.diff')}
      </Typography.Title>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('plan.from')} htmlFor="diff-from">
          <Select id="diff-from" style={{ width: 160 }} value={from} options={versionOptions} onChange={(value: number) => setCompare((current) => ({ ...current, from: value }))} />
        </Form.Item>
        <Form.Item label={t('plan.to')} htmlFor="diff-to">
          <Select id="diff-to" style={{ width: 160 }} value={to} options={versionOptions} onChange={(value: number) => setCompare((current) => ({ ...current, to: value }))} />
        </Form.Item>
      </Form>
      {changes.length === 0 ? (
        <Typography.Paragraph data-testid="plan-diff-empty">{t('plan.same')}</Typography.Paragraph>
      ) : (
        <div data-testid="plan-diff">
          <Table<PlanChange>
            rowKey="path"
            size="small"
            pagination={false}
            dataSource={changes}
            columns={[
              { title: t('plan.path'), render: (_, row) => <code>{row.path}</code> },
              { title: t('plan.kind'), render: (_, row) => <Tag color={row.kind === 'removed' ? 'error' : row.kind === 'added' ? 'success' : 'warning'}>{t(`plan.kind.${row.kind}`)}</Tag> },
              { title: t('plan.before'), render: (_, row) => <code style={{ wordBreak: 'break-all' }}>{shown(row.before)}</code> },
              { title: t('plan.after'), render: (_, row) => <code style={{ wordBreak: 'break-all' }}>{shown(row.after)}</code> },
            ]}
          />
        </div>
      )}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('plan.changes')}
      </Typography.Title>
      <Table
        rowKey="seq"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={plan.data.changes}
        columns={[
          { title: t('plan.versions'), dataIndex: 'version' },
          { title: t('plan.action'), dataIndex: 'action' },
          { title: t('plan.by'), dataIndex: 'by' },
          { title: t('plan.at'), render: (_, row: Plan['changes'][number]) => new Date(row.at).toLocaleString() },
        ]}
      />
    </>
  );
}
