import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { subscriptionsHttpControllerCreate, subscriptionsHttpControllerList } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

export interface Subscription {
  id: string;
  region: string;
  filters: { committees?: string[]; series?: string[]; ruleIds?: string[]; severities?: string[] };
  delivery: 'stream' | 'webhook';
  url: string | null;
  cursor: string;
  active: boolean;
  createdAt: string;
  secret?: string;
}

interface NewSubscription {
  delivery: 'stream' | 'webhook';
  url?: string;
  committees?: string;
  series?: string;
  ruleIds?: string;
  severities?: ('low' | 'medium' | 'high' | 'critical')[];
}

const list = (text: string | undefined) => {
  const items = (text ?? '')
    .split(/[,，\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
};

/** Filters in words, for the list. */
export function filtersText(filters: Subscription['filters']): string {
  const parts = Object.entries(filters).map(([name, values]) => `${name}: ${(values ?? []).join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : '—';
}

/**
 * The inspector's subscriptions to findings of their region: a live stream, or a webhook signed
 * with a secret that is shown once, when it is made. Field errors come back as the service names them.
 */
export default function Subscriptions() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewSubscription>();
  const delivery = Form.useWatch('delivery', form);
  const [created, setCreated] = useState<Subscription>();
  const subscriptions = useQuery({ queryKey: ['subscriptions'], queryFn: () => unwrap<Subscription[]>(subscriptionsHttpControllerList()) });
  const create = useMutation({
    mutationFn: (values: NewSubscription) => {
      const filters = { committees: list(values.committees), series: list(values.series), ruleIds: list(values.ruleIds), severities: values.severities?.length ? values.severities : undefined };
      return unwrap<Subscription>(subscriptionsHttpControllerCreate({ body: { delivery: values.delivery, filters, ...(values.delivery === 'webhook' ? { url: values.url } : {}) } }));
    },
    onSuccess: (subscription) => {
      setCreated(subscription);
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['subscriptions'] });
    },
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('subs.title')}
      </Typography.Title>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('subs.new')}</Typography.Title>} style={{ marginBottom: 24, maxWidth: 720 }}>
        <Form form={form} layout="vertical" initialValues={{ delivery: 'webhook' }} onFinish={(values) => create.mutate(values)}>
          <Form.Item name="delivery" label={t('subs.delivery')}>
            <Radio.Group
              options={[
                { value: 'webhook', label: t('subs.webhook') },
                { value: 'stream', label: t('subs.stream') },
              ]}
            />
          </Form.Item>
          {delivery !== 'stream' && (
            <Form.Item name="url" label={t('subs.url')} rules={[{ required: true }]}>
              <Input placeholder="https://" />
            </Form.Item>
          )}
          <Form.Item name="committees" label={t('subs.committees')} extra={t('subs.listHint')}>
            <Input />
          </Form.Item>
          <Form.Item name="ruleIds" label={t('subs.ruleIds')}>
            <Input placeholder="R-CM-8" />
          </Form.Item>
          <Form.Item name="series" label={t('subs.series')}>
            <Input />
          </Form.Item>
          <Form.Item name="severities" label={t('subs.severities')}>
            <Select mode="multiple" allowClear options={['low', 'medium', 'high', 'critical'].map((value) => ({ value, label: value }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('subs.create')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          <Refusal error={create.error} />
        </div>
        {created && (
          <Alert
            type="success"
            showIcon
            role="status"
            data-testid="subscription-created"
            title={<Link to={`/inspector/subscriptions/${created.id}`} style={{ textDecoration: 'underline' }}>{`${t('subs.created')}: ${created.id}`}</Link>}
            description={created.secret && <>{t('subs.secretOnce')} <code>{created.secret}</code></>}
          />
        )}
      </Card>
      <Refusal error={subscriptions.error} />
      <Table<Subscription>
        rowKey="id"
        loading={subscriptions.isPending}
        dataSource={subscriptions.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: 'ID', render: (_, row) => <Link to={`/inspector/subscriptions/${row.id}`}>{row.id.slice(0, 8)}</Link> },
          { title: t('subs.delivery'), render: (_, row) => t(row.delivery === 'webhook' ? 'subs.webhook' : 'subs.stream') },
          { title: t('subs.url'), render: (_, row) => row.url ?? '—' },
          { title: t('subs.filters'), render: (_, row) => filtersText(row.filters) },
          { title: common('common.status'), render: (_, row) => <Tag color={row.active ? 'success' : 'default'}>{t(row.active ? 'subs.active' : 'subs.ended')}</Tag> },
          { title: t('subs.createdAt'), render: (_, row) => new Date(row.createdAt).toLocaleString() },
        ]}
      />
    </>
  );
}
