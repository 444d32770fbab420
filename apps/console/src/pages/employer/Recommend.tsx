import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Flex, Form, Modal, Progress, Tag, Typography, Upload } from 'antd';
// The national holidays and make-up workdays (调休); only this lazy page chunk carries them.
import { getWorkdaysInRange } from 'chinese-days';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { declarationsHttpControllerGet, managePlansHttpControllerGet, reviewDeclarationHttpControllerEmployer } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { putFile } from '../declarations/transfer';
import { MESSAGES } from './messages';

/** The SHA-256 of a file, in hex, computed in the browser (what intake records of the publicity image). */
async function sha256Of(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Working days in [from, to], both counted, on the national calendar (as intake's WorkingDayCalendar counts). */
function workingDays(from: Dayjs, to: Dayjs): number | undefined {
  if (to.isBefore(from, 'day')) return undefined;
  return getWorkdaysInRange(from.format('YYYY-MM-DD'), to.format('YYYY-MM-DD')).length;
}

interface PlanOf {
  planId: string;
  planVersion: number;
}

/**
 * The employer's recommendation (R-RV-1): the dates of the unit publicity, counted in working days
 * as they are picked against the declaration's own plan, and the photograph of the publicity —
 * uploaded to intake, which keeps it, and named in the recommendation by its SHA-256.
 */
export function Recommend({ declarationId, applicant }: { declarationId: string; applicant: string }) {
  const t = usePageT(MESSAGES);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" type="primary" onClick={() => setOpen(true)} aria-label={`${t('recommend')}: ${applicant}`}>
        {t('recommend')}
      </Button>
      {open && <RecommendForm declarationId={declarationId} applicant={applicant} onClose={() => setOpen(false)} />}
    </>
  );
}

function RecommendForm({ declarationId, applicant, onClose }: { declarationId: string; applicant: string; onClose: () => void }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ from: Dayjs; to: Dayjs }>();
  const from = Form.useWatch('from', form);
  const to = Form.useWatch('to', form);
  const [image, setImage] = useState<{ sha256?: string; percent: number; error?: unknown }>();

  const required = useQuery({
    queryKey: ['unit-publicity-days', declarationId],
    queryFn: async () => {
      const declaration = await unwrap<PlanOf>(declarationsHttpControllerGet({ path: { id: declarationId } }));
      const plan = await unwrap<{ versions: { version: number; document: { unitPublicityWorkingDays: number } }[] }>(managePlansHttpControllerGet({ path: { id: declaration.planId } }));
      return plan.versions.find((version) => version.version === declaration.planVersion)?.document.unitPublicityWorkingDays ?? null;
    },
  });
  const days = from && to ? workingDays(from, to) : undefined;
  const enough = days !== undefined && required.data != null && days >= required.data;

  const upload = async (file: File) => {
    setImage({ percent: 0 });
    try {
      const sha256 = await sha256Of(file);
      setImage({ sha256, percent: 0 });
      await putFile(`/api/intake/declarations/${declarationId}/unit-publicity/image`, file, (percent) => setImage({ sha256, percent }));
      setImage({ sha256, percent: 100 });
    } catch (error) {
      setImage((current) => ({ ...current, percent: current?.percent ?? 0, error }));
    }
  };

  const recommend = useMutation({
    mutationFn: ({ from: start, to: end }: { from: Dayjs; to: Dayjs }) =>
      unwrap(
        reviewDeclarationHttpControllerEmployer({
          path: { id: declarationId },
          body: { decision: 'recommend', unitPublicity: { from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD'), evidenceSha256: image?.sha256 ?? '' } },
        }),
      ),
    onSuccess: () => {
      void message.success(t('done'));
      void queryClient.invalidateQueries({ queryKey: ['declarations'] });
      onClose();
    },
  });
  const imageReady = Boolean(image?.sha256 && image.percent === 100 && !image.error);

  return (
    <Modal open title={`${t('recommend.title')} · ${applicant}`} okText={t('recommend')} okButtonProps={{ disabled: !imageReady }} confirmLoading={recommend.isPending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden width={640}>
      <Typography.Paragraph>{t('recommend.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => recommend.mutate(values)}>
        <Flex gap={16} wrap>
          <Form.Item name="from" label={t('from')} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
          <Form.Item name="to" label={t('to')} rules={[{ required: true }]}>
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </Flex>
        <div data-testid="working-days" aria-live="polite" style={{ marginBottom: 16 }}>
          {from && to && days === undefined && <Alert type="error" showIcon title={t('workingDays.backwards')} />}
          {days !== undefined && (
            <Flex gap={8} align="center" wrap>
              <span>{t('workingDays', { n: days })}</span>
              {required.data != null && (
                <>
                  <span>{t('workingDays.required', { n: required.data })}</span>
                  <Tag color={enough ? 'success' : 'error'}>{t(enough ? 'workingDays.enough' : 'workingDays.short')}</Tag>
                </>
              )}
            </Flex>
          )}
        </div>
        <Form.Item label={t('image')} required extra={image?.sha256 && <code style={{ wordBreak: 'break-all' }}>{t('image.sha256', { hash: image.sha256 })}</code>}>
          <Flex gap={12} align="center" wrap>
            <Upload accept="image/jpeg,image/png,.jpg,.jpeg,.png" showUploadList={false} customRequest={({ file }) => void upload(file as File)}>
              <Button>{t('image.choose')}</Button>
            </Upload>
            {image && (
              <Progress style={{ width: 200, margin: 0 }} size="small" percent={image.percent} status={image.error ? 'exception' : image.percent === 100 ? 'success' : 'active'} format={(value) => `${value ?? 0}%`} aria-label={t('image.progress')} />
            )}
          </Flex>
        </Form.Item>
      </Form>
      <Refusal error={image?.error ?? recommend.error ?? required.error} />
    </Modal>
  );
}
