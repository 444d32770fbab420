import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Switch, Table, Tag, Typography } from 'antd';
import { committeesHttpControllerAddExpert, committeesHttpControllerExperts, committeesHttpControllerList, committeesHttpControllerPoolReport } from '../../api/committee/client';
import { useSession } from '../../auth/session';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface Committee {
  id: string;
  name: string;
  type: string;
  region: string;
  specialties: string[];
  filingNumber: string;
  filedUntil: string;
  filed: boolean;
  authorised: boolean;
}

interface Expert {
  id: string;
  name: string;
  specialties: string[];
  titleLevel: 'deputy-senior' | 'senior';
  employerCreditCode: string;
  highSkill: boolean;
  nonPublic: boolean;
  available: boolean;
}

interface PoolReport {
  experts: number;
  highSkill: number;
  nonPublic: number;
  problems: string[];
}

interface NewExpert {
  name: string;
  specialties: string[];
  titleLevel: 'deputy-senior' | 'senior';
  employerCreditCode: string;
  highSkill?: boolean;
  nonPublic?: boolean;
  id?: string;
}

/**
 * The filed committees (R-CM-1: only a filed committee within its filing, and not barred (R-CM-8),
 * may review), and the office's own committee's expert pool with its report (R-CM-3). Names in the
 * pool are sealed from everyone but the office and the bureau, so the pool is shown only here.
 */
export default function Committees() {
  const t = usePageT(MESSAGES);
  const own = useSession().claims?.scope['committee'];
  const committees = useQuery({ queryKey: ['committees'], queryFn: () => unwrap<Committee[]>(committeesHttpControllerList()) });
  const committee = committees.data?.find((c) => c.id === own);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('committees.title')}
      </Typography.Title>
      <Refusal error={committees.error} />
      <Table<Committee>
        rowKey="id"
        loading={committees.isPending}
        dataSource={committees.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('committees.name'), dataIndex: 'name' },
          { title: t('committees.region'), dataIndex: 'region' },
          { title: t('committees.filing'), dataIndex: 'filingNumber' },
          { title: t('committees.filedUntil'), dataIndex: 'filedUntil' },
          {
            title: 'R-CM-1',
            render: (_, c) => (
              <>
                <Tag color={c.filed ? 'success' : 'error'}>{t(c.filed ? 'committees.filed' : 'committees.unfiled')}</Tag>
                <Tag color={c.authorised ? 'success' : 'warning'}>{t(c.authorised ? 'committees.authorised' : 'committees.barred')}</Tag>
              </>
            ),
          },
        ]}
      />
      {own && <Pool committeeId={own} specialties={committee?.specialties ?? []} />}
    </>
  );
}

function Pool({ committeeId, specialties }: { committeeId: string; specialties: string[] }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewExpert>();
  const experts = useQuery({ queryKey: ['pool', committeeId], queryFn: () => unwrap<Expert[]>(committeesHttpControllerExperts({ path: { id: committeeId } })) });
  const report = useQuery({ queryKey: ['pool-report', committeeId], queryFn: () => unwrap<PoolReport>(committeesHttpControllerPoolReport({ path: { id: committeeId } })) });
  const add = useMutation({
    mutationFn: (values: NewExpert) => unwrap(committeesHttpControllerAddExpert({ path: { id: committeeId }, body: { ...values, id: values.id?.trim() || undefined, employerCreditCode: values.employerCreditCode.trim() } })),
    onSuccess: () => {
      form.resetFields();
      void message.success(t('pool.added'));
      void queryClient.invalidateQueries({ queryKey: ['pool', committeeId] });
      void queryClient.invalidateQueries({ queryKey: ['pool-report', committeeId] });
    },
  });
  const yesNo = (value: boolean) => t(value ? 'yes' : 'no');
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('pool.title')}
      </Typography.Title>
      <Refusal error={report.error} />
      {report.data && (
        <Card size="small" title={t('pool.report')} style={{ marginBottom: 16 }}>
          <Descriptions size="small" column={3} items={[
            { key: 'experts', label: t('pool.experts'), children: report.data.experts },
            { key: 'highSkill', label: t('pool.highSkill'), children: report.data.highSkill },
            { key: 'nonPublic', label: t('pool.nonPublic'), children: report.data.nonPublic },
          ]} />
          {report.data.problems.length === 0 ? <Alert type="success" showIcon title={t('pool.noProblem')} /> : <Alert type="warning" showIcon title={<ul style={{ margin: 0 }}>{report.data.problems.map((p) => <li key={p}>{p}</li>)}</ul>} />}
        </Card>
      )}
      <Refusal error={experts.error} />
      <Table<Expert>
        rowKey="id"
        loading={experts.isPending}
        dataSource={experts.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('pool.name'), dataIndex: 'name' },
          { title: t('pool.specialties'), render: (_, e) => e.specialties.join('、') },
          { title: t('pool.titleLevel'), render: (_, e) => t(`level.${e.titleLevel}`) },
          { title: t('pool.employer'), dataIndex: 'employerCreditCode' },
          { title: t('pool.highSkill'), render: (_, e) => yesNo(e.highSkill) },
          { title: t('pool.nonPublic'), render: (_, e) => yesNo(e.nonPublic) },
          { title: t('pool.available'), render: (_, e) => yesNo(e.available) },
        ]}
      />
      <Card size="small" title={t('pool.add')} style={{ marginTop: 16 }}>
        <Form form={form} layout="vertical" onFinish={(values) => add.mutate(values)} initialValues={{ titleLevel: 'senior', highSkill: false, nonPublic: false }}>
          <Form.Item name="name" label={t('pool.name')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="specialties" label={t('pool.specialties')} rules={[{ required: true }]}>
            <Select mode="tags" options={specialties.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
          <Form.Item name="titleLevel" label={t('pool.titleLevel')} rules={[{ required: true }]}>
            <Select options={(['deputy-senior', 'senior'] as const).map((level) => ({ value: level, label: t(`level.${level}`) }))} />
          </Form.Item>
          <Form.Item name="employerCreditCode" label={t('pool.employer')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={18} />
          </Form.Item>
          <Form.Item name="highSkill" label={t('pool.highSkill')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="nonPublic" label={t('pool.nonPublic')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="id" label={t('pool.account')} extra={t('pool.accountHelp')}>
            <Input />
          </Form.Item>
          <Refusal error={add.error} />
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t('pool.add')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
