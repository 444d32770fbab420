import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Popconfirm, Select, Typography } from 'antd';
import { Link } from 'react-router';
import { reviewDeclarationHttpControllerCancellation } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { statusLabel, usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface CancelValues {
  declarationId: string;
  ruleId: 'R-VF-1' | 'R-SV-1';
  finding: string;
}

/**
 * Cancelling a declaration for a false promise (R-VF-1) or fraud (R-SV-1): the bureau names the
 * rule and what was established; intake cancels it and supervision writes the integrity record.
 */
export default function Cancellations() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const [form] = Form.useForm<CancelValues>();
  const cancel = useMutation({
    mutationFn: ({ declarationId, ...body }: CancelValues) => unwrap<{ id: string; status: string }>(reviewDeclarationHttpControllerCancellation({ path: { id: declarationId.trim() }, body })),
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('cancel.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('cancel.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" style={{ maxWidth: 640 }} initialValues={{ ruleId: 'R-VF-1' }} onFinish={(values) => cancel.mutate(values)}>
        <Form.Item name="declarationId" label={t('cancel.declaration')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ruleId" label={t('cancel.rule')}>
          <Select
            options={[
              { value: 'R-VF-1', label: t('cancel.rule.vf1') },
              { value: 'R-SV-1', label: t('cancel.rule.sv1') },
            ]}
          />
        </Form.Item>
        <Form.Item name="finding" label={t('cancel.finding')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Popconfirm title={t('cancel.confirm')} onConfirm={() => form.submit()}>
          <Button danger type="primary" loading={cancel.isPending}>
            {t('cancel.submit')}
          </Button>
        </Popconfirm>
      </Form>
      <div style={{ marginTop: 16, maxWidth: 640 }}>
        <Refusal error={cancel.error} />
        {cancel.data && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={<Link to={`/declarations/${cancel.data.id}`} style={{ textDecoration: 'underline' }}>{t('cancel.done', { status: statusLabel(common, cancel.data.status) })}</Link>}
          />
        )}
      </div>
    </>
  );
}
