import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { meetingsHttpControllerDossiers } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';

interface Dossier {
  declarationId: string;
  [field: string]: unknown;
}

/** An expert opens the dossiers of the panel they were drawn for (R-CM-…), by the review plan's id. */
export default function Panels() {
  const t = useT();
  const [planId, setPlanId] = useState<string>();
  const dossiers = useQuery({ queryKey: ['dossiers', planId], enabled: Boolean(planId), retry: false, queryFn: () => unwrap<Dossier[]>(meetingsHttpControllerDossiers({ path: { id: planId! } })) });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('expert.panels')}
      </Typography.Title>
      <Form layout="inline" onFinish={(values: { planId: string }) => setPlanId(values.planId.trim())}>
        <Form.Item name="planId" label={t('expert.plan')} rules={[{ required: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('expert.open')}
        </Button>
      </Form>
      <Refusal error={dossiers.error} />
      {planId && !dossiers.error && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
            {t('expert.dossiers')}
          </Typography.Title>
          <Table<Dossier> rowKey="declarationId" loading={dossiers.isPending} dataSource={Array.isArray(dossiers.data) ? dossiers.data : []} columns={[{ title: 'ID', dataIndex: 'declarationId' }]} />
        </>
      )}
    </>
  );
}
