import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { reviewDeclarationHttpControllerOffice } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { useLanguage, usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

/**
 * The defects an office most often finds in a dossier (R-RV-6, 001 §9(3)), to tick rather than
 * type: the correction is asked for once, with every defect listed (R-RV-4), so a checklist keeps
 * the office from forgetting one. Anything else is written below, one defect a line.
 */
const CHECKLIST = {
  'zh-CN': [
    '论文缺少期刊封面',
    '论文缺少版权页（CN/ISSN）',
    '论文缺少目录页',
    '论文缺少全文',
    '著作缺少 ISBN 页或本人撰写章节的目录标注',
    '成果材料首页未加盖单位公章',
    '研究报告、专利或标准未署申报人姓名',
    '同行专家意见未签字或缺少专家职称证书',
    '单位公示材料不完整',
  ],
  en: [
    'Paper: journal cover missing',
    'Paper: copyright page (CN/ISSN) missing',
    'Paper: contents page missing',
    'Paper: full text missing',
    'Book: ISBN page or marking of own chapters missing',
    'First page of a material not stamped by the employer',
    'Report, patent or standard does not name the applicant',
    'Peer expert opinion unsigned or without the expert’s title certificate',
    'Unit publicity evidence incomplete',
  ],
} as const;

export function CorrectionChecklist({ declarationId, applicant }: { declarationId: string; applicant: string }) {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ checked?: string[]; other?: string }>();
  const request = useMutation({
    mutationFn: (defects: string[]) => unwrap(reviewDeclarationHttpControllerOffice({ path: { id: declarationId }, body: { decision: 'request-correction', defects } })),
    onSuccess: () => {
      setOpen(false);
      void message.success(common('review.done'));
      void queryClient.invalidateQueries({ queryKey: ['declarations'] });
    },
  });
  const submit = (values: { checked?: string[]; other?: string }) => {
    const defects = [...(values.checked ?? []), ...(values.other ?? '').split('\n').map((line) => line.trim()).filter(Boolean)];
    if (defects.length > 0) request.mutate(defects);
  };
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} aria-label={`${t('checklist.open')}: ${applicant}`}>
        {t('checklist.open')}
      </Button>
      {open && (
        <Modal open title={`${t('checklist.open')}: ${applicant}`} okText={common('common.submit')} confirmLoading={request.isPending} onOk={() => form.submit()} onCancel={() => setOpen(false)} destroyOnHidden>
          <Form form={form} name={`checklist-${declarationId}`} layout="vertical" onFinish={submit}>
            <Form.Item name="checked" label={t('checklist.items')} extra={t('checklist.rule')}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={CHECKLIST[language].map((item) => ({ value: item, label: item }))} />
            </Form.Item>
            <Form.Item name="other" label={t('checklist.other')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Form>
          <Refusal error={request.error} />
        </Modal>
      )}
    </>
  );
}
