import { useQuery } from '@tanstack/react-query';
import { Descriptions, Spin, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { declarationsHttpControllerGet } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { statusLabel, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import type { DeclarationRow } from './DeclarationTable';

interface Declaration extends DeclarationRow {
  history: { fromStatus: string | null; toStatus: string; reason: string | null; actor: string; at: string }[];
}

/** One declaration as its reader may see it, with every step it went through. */
export default function DeclarationDetail() {
  const t = useT();
  const { id = '' } = useParams();
  const declaration = useQuery({ queryKey: ['declaration', id], queryFn: () => unwrap<Declaration>(declarationsHttpControllerGet({ path: { id } })) });
  if (declaration.isPending) return <Spin />;
  if (declaration.error) return <Refusal error={declaration.error} />;
  const value = declaration.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {value.applicantName} <Tag>{statusLabel(t, value.status)}</Tag>
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('decl.series')}>{value.series}</Descriptions.Item>
        <Descriptions.Item label={t('decl.level')}>{value.level}</Descriptions.Item>
        <Descriptions.Item label={t('decl.specialty')}>{value.specialty ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('decl.region')}>{value.region}</Descriptions.Item>
        <Descriptions.Item label={t('decl.employer')}>{value.employerCreditCode}</Descriptions.Item>
        <Descriptions.Item label={t('decl.committee')}>{value.committee ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('decl.history')}
      </Typography.Title>
      <Timeline
        items={value.history.map((step) => ({
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
