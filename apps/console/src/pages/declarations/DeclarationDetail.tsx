import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Spin, Steps, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { catalogueHttpControllerCatalogue, declarationsHttpControllerGet } from '../../api/intake/client';
import { useSession } from '../../auth/session';
import { Refusal } from '../../components/Refusal';
import { statusLabel, useLanguage, usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { ApplicantActions, EDITABLE } from './ApplicantActions';
import type { DeclarationRow } from './DeclarationTable';
import type { DeclaredMaterial } from './materials';
import { MaterialUploads } from './MaterialUploads';
import { MESSAGES } from './messages';
import { download } from './transfer';

interface Catalogue {
  series: { code: string; name: string; specialties: { code: string; name: string }[] }[];
}

const LEVEL_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  primary: { 'zh-CN': '初级', en: 'Primary' },
  intermediate: { 'zh-CN': '中级', en: 'Intermediate' },
  'deputy-senior': { 'zh-CN': '副高级', en: 'Deputy senior' },
  senior: { 'zh-CN': '正高级', en: 'Senior' },
};

interface Declaration extends DeclarationRow {
  channel: string;
  planId: string;
  planVersion: number;
  materials: DeclaredMaterial[];
  unitPublicity: { from: string; to: string } | null;
  correctionDeadline: string | null;
  feeDeadline: string | null;
  history: { fromStatus: string | null; toStatus: string; reason: string | null; actor: string; at: string }[];
}

const STAGES = ['draft', 'employer', 'department', 'office', 'accepted', 'review', 'publicity', 'certificate'] as const;

/** Where each status stands among the stages, and whether it stopped there (returned, refused, withdrawn). */
const STAGE_OF: Record<string, [number, 'process' | 'error' | 'finish']> = {
  draft: [0, 'process'],
  submitted: [1, 'process'],
  'returned-by-employer': [1, 'error'],
  recommended: [2, 'process'],
  'returned-by-department': [2, 'error'],
  forwarded: [3, 'process'],
  'correction-requested': [3, 'error'],
  resubmitted: [3, 'process'],
  'awaiting-fee': [3, 'process'],
  declined: [3, 'error'],
  abandoned: [3, 'error'],
  accepted: [5, 'process'],
  verified: [5, 'process'],
  'verification-failed': [5, 'error'],
  'committee-passed': [6, 'process'],
  'committee-failed': [5, 'error'],
  'in-publicity': [6, 'process'],
  'result-withheld': [6, 'error'],
  published: [7, 'process'],
  'certificate-issued': [7, 'finish'],
};

function stageOf(declaration: Declaration): [number, 'process' | 'error' | 'finish'] {
  if (declaration.status === 'withdrawn') return [STAGE_OF[declaration.history.at(-1)?.fromStatus ?? 'draft']?.[0] ?? 0, 'error'];
  return STAGE_OF[declaration.status] ?? [0, 'process'];
}

/** One declaration as its reader may see it, with every step it went through; to its applicant, what they may do now. */
export default function DeclarationDetail() {
  const t = useT();
  const p = usePageT(MESSAGES);
  const { id = '' } = useParams();
  const { claims } = useSession();
  const { language } = useLanguage();
  const declaration = useQuery({ queryKey: ['declaration', id], queryFn: () => unwrap<Declaration>(declarationsHttpControllerGet({ path: { id } })) });
  // Names for the codes; without the catalogue (an expert may not read it) the codes are shown.
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => unwrap<Catalogue>(catalogueHttpControllerCatalogue()), retry: false });
  const image = useMutation({ mutationFn: () => download(`/api/intake/declarations/${id}/materials/-1/parts/unit-publicity`, `${id.slice(0, 8)}-unit-publicity`) });
  if (declaration.isPending) return <Spin />;
  if (declaration.error) return <Refusal error={declaration.error} />;
  const value = declaration.data;
  const applicant = claims?.roles.includes('applicant') ?? false;
  const [current, state] = stageOf(value);
  const series = catalogue.data?.series.find((entry) => entry.code === value.series);
  const specialty = series?.specialties.find((entry) => entry.code === value.specialty);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {value.applicantName} <Tag data-testid="declaration-status">{statusLabel(t, value.status)}</Tag>
      </Typography.Title>
      <Steps size="small" current={current} status={state} style={{ marginBottom: 24 }} items={STAGES.map((stage) => ({ title: p(`stage.${stage}`) }))} aria-label={p('progress')} />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('decl.series')}>{series?.name ?? value.series}</Descriptions.Item>
        <Descriptions.Item label={t('decl.level')}>{LEVEL_NAMES[value.level]?.[language] ?? value.level}</Descriptions.Item>
        <Descriptions.Item label={t('decl.specialty')}>{specialty?.name ?? value.specialty ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('decl.region')}>{value.region}</Descriptions.Item>
        <Descriptions.Item label={t('decl.employer')}>{value.employerCreditCode}</Descriptions.Item>
        <Descriptions.Item label={t('decl.committee')}>{value.committee ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={p('channel')}>{value.channel}</Descriptions.Item>
        <Descriptions.Item label={p('plan')}>{`${value.planId} v${value.planVersion}`}</Descriptions.Item>
        {value.unitPublicity && (
          <Descriptions.Item label={p('unitPublicity')}>
            {`${value.unitPublicity.from} ~ ${value.unitPublicity.to}`}
            {/* R-RV-1: the photograph the employer uploaded (a recommendation made before the upload existed has none). */}
            <Button size="small" style={{ marginLeft: 12 }} loading={image.isPending} onClick={() => image.mutate()}>
              {p('view', { name: p('unitPublicity.image') })}
            </Button>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Refusal error={image.error} />
      {applicant && <ApplicantActions declaration={value} />}
      {value.materials.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
            {p('materials')}
          </Typography.Title>
          <MaterialUploads declarationId={value.id} materials={value.materials} editable={applicant && EDITABLE.includes(value.status)} />
        </>
      )}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('decl.history')}
      </Typography.Title>
      <Timeline
        data-testid="timeline"
        items={value.history.map((step) => ({
          color: step.toStatus.startsWith('returned') || step.toStatus === 'correction-requested' ? 'red' : undefined,
          content: (
            <>
              <strong>{statusLabel(t, step.toStatus)}</strong> · {new Date(step.at).toLocaleString()} · {step.actor}
              {step.reason && <div>{`${t('decl.reason')}: ${step.reason}`}</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
