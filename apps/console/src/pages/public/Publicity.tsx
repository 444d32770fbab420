import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { listPublicityHttpControllerList, objectionsHttpControllerFile } from '../../api/publicity/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';

interface PublicityEntry {
  windowId: string;
  name?: string;
  idNumber: string | null;
  employerCreditCode?: string;
  series?: string;
  level?: string;
  status: 'open' | 'held';
  opensAt: string;
  closesAt: string;
}

interface Objection {
  target: string;
  evidence: string;
  contact: string;
}

/** The results on display (R-PB-1, R-PB-5) and anyone's objection to one (R-PB-2), no sign-in. */
export default function Publicity() {
  const t = useT();
  const [objecting, setObjecting] = useState<PublicityEntry>();
  const list = useQuery({ queryKey: ['publicity'], queryFn: () => unwrap<PublicityEntry[]>(listPublicityHttpControllerList()) });

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('publicity.title')}
      </Typography.Title>
      <Refusal error={list.error} />
      <Table<PublicityEntry>
        rowKey="windowId"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('publicity.candidate'), render: (_, entry) => `${entry.name ?? ''} ${entry.idNumber ?? ''}` },
          { title: t('publicity.employer'), dataIndex: 'employerCreditCode' },
          { title: t('publicity.series'), render: (_, entry) => `${entry.series ?? ''} ${entry.level ?? ''}` },
          { title: t('publicity.window'), render: (_, entry) => `${new Date(entry.opensAt).toLocaleDateString()} – ${new Date(entry.closesAt).toLocaleDateString()}` },
          { title: t('common.status'), render: (_, entry) => <Tag color={entry.status === 'held' ? 'warning' : 'success'}>{entry.status === 'held' ? t('publicity.held') : t('publicity.open')}</Tag> },
          {
            title: t('common.actions'),
            render: (_, entry) => (
              <Button onClick={() => setObjecting(entry)} aria-label={`${t('publicity.object')}: ${entry.name ?? entry.windowId}`}>
                {t('publicity.object')}
              </Button>
            ),
          },
        ]}
      />
      {objecting && <ObjectionForm entry={objecting} onClose={() => setObjecting(undefined)} />}
    </>
  );
}

function ObjectionForm({ entry, onClose }: { entry: PublicityEntry; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Objection>();
  const file = useMutation({
    mutationFn: (objection: Objection) => unwrap(objectionsHttpControllerFile({ path: { windowId: entry.windowId }, body: objection })),
    onSuccess: () => {
      void message.success(t('publicity.objection.sent'));
      onClose();
    },
  });
  return (
    <Modal open title={`${t('publicity.object')}: ${entry.name ?? ''}`} okText={t('common.submit')} onOk={() => form.submit()} confirmLoading={file.isPending} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => file.mutate(values)}>
        <Form.Item name="target" label={t('publicity.objection.target')} rules={[{ required: true, min: 5 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="evidence" label={t('publicity.objection.evidence')} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="contact" label={t('publicity.objection.contact')} rules={[{ required: true, min: 5 }]}>
          <Input />
        </Form.Item>
      </Form>
      <Refusal error={file.error} />
    </Modal>
  );
}
