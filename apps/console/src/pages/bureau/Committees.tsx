import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { committeesHttpControllerIssueLetter, committeesHttpControllerList, committeesHttpControllerRegister } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface Committee {
  id: string;
  name: string;
  organisingUnit: string;
  type: string;
  region: string;
  series: string[];
  levels: string[];
  filingNumber: string;
  filedUntil: string;
  filed: boolean;
  authorised: boolean;
}

const LEVELS = ['primary', 'intermediate', 'deputy-senior', 'senior'] as const;
type Level = (typeof LEVELS)[number];
const words = (text: string | undefined) =>
  (text ?? '')
    .split(/[,，\s]+/)
    .map((word) => word.trim())
    .filter(Boolean);

/**
 * The committees the bureau files (R-CM-1: only a filed committee's results count), registering a
 * new one, and entrustment letters by which a committee reviews another region's declarations.
 */
export default function Committees() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const [registering, setRegistering] = useState(false);
  const [entrusting, setEntrusting] = useState<Committee>();
  const committees = useQuery({ queryKey: ['committees'], queryFn: () => unwrap<Committee[]>(committeesHttpControllerList()) });
  const yes = (value: boolean) => <Tag color={value ? 'success' : 'error'}>{t(value ? 'committees.yes' : 'committees.no')}</Tag>;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('committees.title')}
      </Typography.Title>
      <Button type="primary" onClick={() => setRegistering(true)} style={{ marginBottom: 16 }}>
        {t('committees.register')}
      </Button>
      <Refusal error={committees.error} />
      <Table<Committee>
        rowKey="id"
        loading={committees.isPending}
        dataSource={committees.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('committees.id'), dataIndex: 'id' },
          { title: t('committees.name'), dataIndex: 'name' },
          { title: t('committees.region'), dataIndex: 'region' },
          { title: t('committees.type'), dataIndex: 'type' },
          { title: t('committees.levels'), render: (_, row) => row.levels.join(', ') },
          { title: t('committees.filed'), render: (_, row) => yes(row.filed) },
          { title: t('committees.authorised'), render: (_, row) => yes(row.authorised) },
          { title: common('common.actions'), render: (_, row) => <Button size="small" onClick={() => setEntrusting(row)}>{t('committees.letter')}</Button> },
        ]}
      />
      {registering && <Register onClose={() => setRegistering(false)} />}
      {entrusting && <Letter committee={entrusting} onClose={() => setEntrusting(undefined)} />}
    </>
  );
}

interface RegisterValues {
  id: string;
  name: string;
  organisingUnit: string;
  type: 'socialised' | 'self-evaluation' | 'joint';
  region: string;
  series: string;
  specialties: string;
  levels: Level[];
  filingNumber: string;
  filedUntil: string;
  openToHighSkill: boolean;
}

function Register({ onClose }: { onClose: () => void }) {
  const t = usePageT(MESSAGES);
  const common = useT();
  const [form] = Form.useForm<RegisterValues>();
  const queryClient = useQueryClient();
  const register = useMutation({
    mutationFn: (values: RegisterValues) => unwrap(committeesHttpControllerRegister({ body: { ...values, series: words(values.series), specialties: words(values.specialties) } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['committees'] });
      onClose();
    },
  });
  return (
    <Modal open title={t('committees.register')} okText={common('common.submit')} confirmLoading={register.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ type: 'socialised', openToHighSkill: false, levels: ['intermediate'] }} onFinish={(values) => register.mutate(values)}>
        <Form.Item name="id" label={t('committees.id')} rules={[{ required: true }]}>
          <Input placeholder="tianjin-engineering-…" />
        </Form.Item>
        <Form.Item name="name" label={t('committees.name')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="organisingUnit" label={t('committees.unit')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="type" label={t('committees.type')}>
          <Select options={['socialised', 'self-evaluation', 'joint'].map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="region" label={t('committees.region')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="series" label={t('committees.series')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="specialties" label={t('committees.specialties')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="levels" label={t('committees.levels')} rules={[{ required: true }]}>
          <Select mode="multiple" options={LEVELS.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="filingNumber" label={t('committees.filingNumber')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="filedUntil" label={t('committees.filedUntil')} rules={[{ required: true }]}>
          <Input placeholder="2030-12-31" />
        </Form.Item>
        <Form.Item name="openToHighSkill" label={t('committees.highSkill')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
      <Refusal error={register.error} />
    </Modal>
  );
}

interface LetterValues {
  fromRegion: string;
  series: string;
  levels: Level[];
  specialties?: string;
  validUntil: string;
}

function Letter({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const t = usePageT(MESSAGES);
  const common = useT();
  const [form] = Form.useForm<LetterValues>();
  const issue = useMutation({
    mutationFn: (values: LetterValues) => unwrap(committeesHttpControllerIssueLetter({ path: { id: committee.id }, body: { ...values, specialties: words(values.specialties) } })),
  });
  return (
    <Modal open title={`${t('committees.letter')}: ${committee.name}`} okText={common('common.submit')} confirmLoading={issue.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ series: committee.series[0], levels: committee.levels }} onFinish={(values) => issue.mutate(values)}>
        <Form.Item name="fromRegion" label={t('committees.fromRegion')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="series" label={t('stats.series')} rules={[{ required: true }]}>
          <Select options={committee.series.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="levels" label={t('committees.levels')} rules={[{ required: true }]}>
          <Select mode="multiple" options={LEVELS.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name="specialties" label={t('committees.specialties')} extra={t('committees.listHint')}>
          <Input />
        </Form.Item>
        <Form.Item name="validUntil" label={t('committees.validUntil')} rules={[{ required: true }]}>
          <Input placeholder="2030-12-31" />
        </Form.Item>
      </Form>
      <Refusal error={issue.error} />
      {issue.isSuccess && <Alert type="success" showIcon role="status" title={t('committees.letterIssued')} />}
    </Modal>
  );
}
