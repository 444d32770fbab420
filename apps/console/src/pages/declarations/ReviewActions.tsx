import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { reviewDeclarationHttpControllerDepartment, reviewDeclarationHttpControllerEmployer, reviewDeclarationHttpControllerOffice } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { useT } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/zh-CN';
import { unwrap } from '../../lib/api-error';

export type Reviewer = 'employer' | 'department' | 'committee-office';

/** A decision as intake takes it (R-RV-1 … R-RV-4): some need a reason or the list of defects. */
interface Decision {
  label: MessageKey;
  needs?: 'reason' | 'defects';
  danger?: boolean;
  body: (text: string) => Record<string, unknown>;
}

const DECISIONS: Record<Reviewer, Decision[]> = {
  employer: [{ label: 'review.return', needs: 'reason', danger: true, body: (reason) => ({ decision: 'return', reason }) }],
  department: [
    { label: 'review.forward', body: () => ({ decision: 'forward' }) },
    { label: 'review.return', needs: 'reason', danger: true, body: (reason) => ({ decision: 'return', reason }) },
  ],
  'committee-office': [
    { label: 'review.accept', body: () => ({ decision: 'accept' }) },
    // R-RV-4: once, with every defect listed.
    { label: 'review.requestCorrection', needs: 'defects', body: (text) => ({ decision: 'request-correction', defects: text.split('\n').map((line) => line.trim()).filter(Boolean) }) },
    { label: 'review.decline', needs: 'reason', danger: true, body: (reason) => ({ decision: 'decline', reason }) },
  ],
};

const CALLS = {
  employer: reviewDeclarationHttpControllerEmployer,
  department: reviewDeclarationHttpControllerDepartment,
  'committee-office': reviewDeclarationHttpControllerOffice,
} as const;

/** The decisions a reviewer may take on one declaration of their queue. */
export function ReviewActions({ reviewer, declarationId, applicant }: { reviewer: Reviewer; declarationId: string; applicant: string }) {
  const t = useT();
  const [open, setOpen] = useState<Decision>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ decision, text }: { decision: Decision; text: string }) =>
      unwrap((CALLS[reviewer] as (options: object) => Promise<{ response: Response }>)({ path: { id: declarationId }, body: decision.body(text) })),
    onSuccess: () => {
      setOpen(undefined);
      void message.success(t('review.done'));
      void queryClient.invalidateQueries({ queryKey: ['declarations'] });
    },
  });
  const take = (decision: Decision) => (decision.needs ? setOpen(decision) : decide.mutate({ decision, text: '' }));

  return (
    <>
      <Space wrap>
        {DECISIONS[reviewer].map((decision) => (
          <Button key={decision.label} size="small" danger={decision.danger} loading={decide.isPending && decide.variables?.decision === decision} onClick={() => take(decision)} aria-label={`${t(decision.label)}: ${applicant}`}>
            {t(decision.label)}
          </Button>
        ))}
      </Space>
      {!open && <Refusal error={decide.error} />}
      {open && <ReasonForm decision={open} pending={decide.isPending} error={decide.error} onCancel={() => setOpen(undefined)} onSubmit={(text) => decide.mutate({ decision: open, text })} />}
    </>
  );
}

function ReasonForm({ decision, pending, error, onCancel, onSubmit }: { decision: Decision; pending: boolean; error: unknown; onCancel: () => void; onSubmit: (text: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<{ text: string }>();
  return (
    <Modal open title={t(decision.label)} okText={t('common.submit')} confirmLoading={pending} onOk={() => form.submit()} onCancel={onCancel} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.text)}>
        <Form.Item name="text" label={t(decision.needs === 'defects' ? 'review.defects' : 'review.returnReason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={decision.needs === 'defects' ? 6 : 3} />
        </Form.Item>
      </Form>
      <Refusal error={error} />
    </Modal>
  );
}
