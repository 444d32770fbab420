import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Space, Typography } from 'antd';
import {
  declarationsHttpControllerSubmit,
  managePlansHttpControllerGet,
  reviewDeclarationHttpControllerPayFee,
  reviewDeclarationHttpControllerResubmit,
  reviewDeclarationHttpControllerWithdraw,
} from '../../api/intake/client';
import { downloadDocumentsHttpControllerMine } from '../../api/certificate/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { download } from './transfer';

/** What the applicant's actions read of a declaration. */
export interface ApplicantView {
  id: string;
  status: string;
  planId: string;
  planVersion: number;
  correctionDeadline: string | null;
  feeDeadline: string | null;
  history: { toStatus: string; reason: string | null }[];
}

/** Statuses in which the applicant may submit again (after a return by the employer or department). */
export const SUBMITTABLE = ['draft', 'returned-by-employer', 'returned-by-department'];
/** Statuses in which evidence may still change (intake's UploadEvidenceCommand). */
export const EDITABLE = [...SUBMITTABLE, 'correction-requested'];
/** Until the office accepts it, the applicant may withdraw. */
const WITHDRAWABLE = [...EDITABLE, 'submitted', 'recommended', 'forwarded', 'resubmitted', 'awaiting-fee'];

type Step = 'submit' | 'resubmit' | 'withdraw';
const STEPS = { submit: declarationsHttpControllerSubmit, resubmit: reviewDeclarationHttpControllerResubmit, withdraw: reviewDeclarationHttpControllerWithdraw } as const;

/** The one-time list of defects (R-RV-4), as the office wrote it into the history. */
function defectsOf(declaration: ApplicantView): string[] {
  const step = [...declaration.history].reverse().find((entry) => entry.toStatus === 'correction-requested');
  const listed = step?.reason?.match(/^returned once for correction by [\d-]+: (.*) \(R-RV-4\)$/)?.[1];
  return listed ? listed.split('; ') : [];
}

/** What the applicant may do with their declaration now, by its status. */
export function ApplicantActions({ declaration }: { declaration: ApplicantView }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (which: Step) => unwrap((STEPS[which] as (options: object) => Promise<{ response: Response }>)({ path: { id: declaration.id }, body: {} })),
    onSuccess: (_, which) => {
      void message.success(t(which === 'submit' ? 'submit.done' : which === 'resubmit' ? 'resubmit.done' : 'withdraw.done'));
      void queryClient.invalidateQueries({ queryKey: ['declaration', declaration.id] });
      void queryClient.invalidateQueries({ queryKey: ['declarations'] });
    },
  });
  const { status } = declaration;
  const lastReason = declaration.history.at(-1)?.reason;

  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('actions')}</Typography.Title>} style={{ marginTop: 24 }}>
      <Flex vertical gap={12}>
        {status.startsWith('returned-by-') && <Alert type="warning" showIcon title={t('returned')} description={lastReason} data-testid="returned-reason" />}
        {status === 'correction-requested' && (
          <Alert
            type="warning"
            showIcon
            data-testid="defects"
            title={t('defects')}
            description={
              <>
                <ol style={{ margin: 0 }}>
                  {defectsOf(declaration).map((defect) => (
                    <li key={defect}>{defect}</li>
                  ))}
                </ol>
                {declaration.correctionDeadline && <div>{t('defects.deadline', { date: declaration.correctionDeadline })}</div>}
              </>
            }
          />
        )}
        {status === 'awaiting-fee' && <FeePayment declaration={declaration} />}
        <Space wrap>
          {SUBMITTABLE.includes(status) && (
            <Button type="primary" loading={step.isPending && step.variables === 'submit'} onClick={() => step.mutate('submit')}>
              {t('submit')}
            </Button>
          )}
          {status === 'correction-requested' && (
            <Button type="primary" loading={step.isPending && step.variables === 'resubmit'} onClick={() => step.mutate('resubmit')}>
              {t('resubmit')}
            </Button>
          )}
          {WITHDRAWABLE.includes(status) && (
            <Popconfirm title={t('withdraw.confirm')} onConfirm={() => step.mutate('withdraw')}>
              <Button danger loading={step.isPending && step.variables === 'withdraw'}>
                {t('withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Space>
        <Refusal error={step.error} />
        {['published', 'certificate-issued'].includes(status) && <Certificates declarationId={declaration.id} />}
      </Flex>
    </Card>
  );
}

interface PlanVersions {
  versions: { version: number; document: { fee: { required: true; amountYuan: number } | { required: false } } }[];
}

/** R-RV-5: the fee after the office's acceptance, with the amount of the declaration's own plan version. */
function FeePayment({ declaration }: { declaration: ApplicantView }) {
  const t = usePageT(MESSAGES);
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['plan', declaration.planId], queryFn: () => unwrap<PlanVersions>(managePlansHttpControllerGet({ path: { id: declaration.planId } })) });
  const fee = plan.data?.versions.find((version) => version.version === declaration.planVersion)?.document.fee;
  const pay = useMutation({
    mutationFn: (paymentReference: string) => unwrap(reviewDeclarationHttpControllerPayFee({ path: { id: declaration.id }, body: { paymentReference } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['declaration', declaration.id] }),
  });
  return (
    <Card size="small" type="inner" title={t('fee')}>
      {fee?.required && <p>{t('fee.due', { amount: fee.amountYuan, date: declaration.feeDeadline ?? '—' })}</p>}
      <Form layout="inline" onFinish={(values: { paymentReference: string }) => pay.mutate(values.paymentReference)}>
        <Form.Item name="paymentReference" label={t('fee.reference')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={pay.isPending}>
          {t('fee.pay')}
        </Button>
      </Form>
      <Refusal error={pay.error ?? plan.error} />
    </Card>
  );
}

interface MyCertificate {
  id: string;
  number: string;
  declarationId: string;
  status: string;
  documents: { kind: 'certificate' | 'evaluation-form'; state: 'ready' | 'rendering'; href: string }[];
}

/** R-CT-1: the holder downloads the certificate and the evaluation form (PDF, with the bearer token). */
function Certificates({ declarationId }: { declarationId: string }) {
  const t = usePageT(MESSAGES);
  const mine = useQuery({
    queryKey: ['certificates', 'mine'],
    queryFn: () => unwrap<MyCertificate[]>(downloadDocumentsHttpControllerMine()),
    // The documents are rendered after the certificate is issued: ask again until they are ready.
    refetchInterval: (query) => (query.state.data?.some((certificate) => certificate.documents.some((document) => document.state === 'rendering')) ? 2_000 : false),
  });
  const get = useMutation({ mutationFn: ({ href, filename }: { href: string; filename: string }) => download(`/api/certificate${href}`, filename) });
  const certificates = (mine.data ?? []).filter((certificate) => certificate.declarationId === declarationId);
  return (
    <>
      <Refusal error={mine.error ?? get.error} />
      {certificates.map((certificate) => (
        <Card key={certificate.id} size="small" type="inner" title={`${t('certificate')} · ${t('certificate.number')} ${certificate.number}`}>
          <Space wrap>
            {certificate.documents.map((document) => {
              const name = t(`doc.${document.kind}`);
              return document.state === 'ready' ? (
                <Button key={document.kind} loading={get.isPending && get.variables?.href === document.href} onClick={() => get.mutate({ href: document.href, filename: `${certificate.number}-${document.kind}.pdf` })}>
                  {t('download', { name })}
                </Button>
              ) : (
                <span key={document.kind}>{`${name}: ${t('certificate.rendering')}`}</span>
              );
            })}
          </Space>
        </Card>
      ))}
    </>
  );
}
