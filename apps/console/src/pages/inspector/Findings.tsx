import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { accessToken } from '../../auth/session';
import { findingsHttpControllerAcknowledge, findingsHttpControllerList, findingsHttpControllerResolve } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/zh-CN';
import { unwrap } from '../../lib/api-error';
import { followEventStream } from '../../lib/sse';
import { SEVERITY_COLOUR } from './shared';

interface Finding {
  id: string;
  ruleId: string;
  severity: string;
  title: string;
  subject: string;
  status: 'open' | 'acknowledged' | 'resolved';
  raisedAt: string;
}

/**
 * Follows the findings stream (Server-Sent Events, resumed by Last-Event-ID after a break) while the
 * page is open; each event re-reads the list, so what is shown is what the service holds.
 */
function useLiveFindings(): { state: 'connecting' | 'open' | 'reconnecting'; received: number } {
  const queryClient = useQueryClient();
  const [state, setState] = useState<'connecting' | 'open' | 'reconnecting'>('connecting');
  const [received, setReceived] = useState(0);
  useEffect(() => {
    const stop = new AbortController();
    void followEventStream('/api/supervision/findings/stream', {
      signal: stop.signal,
      headers: (): Record<string, string> => {
        const token = accessToken();
        return token ? { authorization: `Bearer ${token}` } : {};
      },
      onState: setState,
      onEvent: () => {
        setReceived((count) => count + 1);
        void queryClient.invalidateQueries({ queryKey: ['findings'] });
      },
    });
    return () => stop.abort();
  }, [queryClient]);
  return { state, received };
}

/** The inspector's findings, newest first, acknowledged and resolved with what was done (R-SV-…). */
export default function Findings() {
  const t = useT();
  const [changing, setChanging] = useState<{ finding: Finding; to: 'acknowledge' | 'resolve' }>();
  const live = useLiveFindings();
  const list = useQuery({ queryKey: ['findings'], queryFn: () => unwrap<Finding[]>(findingsHttpControllerList()) });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('findings.title')}
      </Typography.Title>
      <Badge status={live.state === 'open' ? 'processing' : 'warning'} text={<span data-testid="live-state">{`${t(live.state === 'open' ? 'findings.live' : 'findings.reconnecting')} · ${t('findings.received', { n: live.received })}`}</span>} />
      <Refusal error={list.error} />
      <Table<Finding>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('findings.rule'), render: (_, finding) => <Tag color={SEVERITY_COLOUR[finding.severity]}>{finding.ruleId}</Tag> },
          { title: t('findings.title'), render: (_, finding) => <Link to={`/inspector/findings/${finding.id}`}>{finding.title}</Link> },
          // The case the finding is about: its timeline shows every event that led to it.
          { title: t('findings.case'), render: (_, finding) => <Link to={`/inspector/timelines/${encodeURIComponent(finding.subject)}`}>{finding.subject}</Link> },
          { title: t('findings.raisedAt'), render: (_, finding) => new Date(finding.raisedAt).toLocaleString() },
          { title: t('common.status'), dataIndex: 'status' },
          {
            title: t('common.actions'),
            render: (_, finding) => (
              <Space>
                {finding.status === 'open' && <Button size="small" onClick={() => setChanging({ finding, to: 'acknowledge' })}>{t('findings.acknowledge')}</Button>}
                {finding.status !== 'resolved' && <Button size="small" onClick={() => setChanging({ finding, to: 'resolve' })}>{t('findings.resolve')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {changing && <StatusChange {...changing} onClose={() => setChanging(undefined)} />}
    </>
  );
}

function StatusChange({ finding, to, onClose }: { finding: Finding; to: 'acknowledge' | 'resolve'; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (comment: string) => unwrap((to === 'acknowledge' ? findingsHttpControllerAcknowledge : findingsHttpControllerResolve)({ path: { id: finding.id }, body: { comment } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['findings'] });
      onClose();
    },
  });
  const label: MessageKey = to === 'acknowledge' ? 'findings.acknowledge' : 'findings.resolve';
  return (
    <Modal open title={`${t(label)}: ${finding.title}`} okText={t('common.submit')} confirmLoading={change.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => change.mutate(values.comment)}>
        <Form.Item name="comment" label={t('decl.reason')} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      <Refusal error={change.error} />
    </Modal>
  );
}
