import { useQuery } from '@tanstack/react-query';
import { Descriptions, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { findingsHttpControllerGet } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { SEVERITY_COLOUR } from './shared';

interface FindingWithHistory {
  id: string;
  ruleId: string;
  severity: string;
  title: string;
  detail: string;
  subject: string;
  subjectKind: string;
  region: string | null;
  committee: string | null;
  series: string | null;
  evidence: string[];
  status: string;
  raisedAt: string;
  history: { seq: string; change: string; status: string; comment: string | null; by: string | null; at: string }[];
}

/** One finding: what a rule (R-…) saw, the events it rests on, and every status change with who made it and why. */
export default function FindingDetail() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { id = '' } = useParams();
  const finding = useQuery({ queryKey: ['finding', id], queryFn: () => unwrap<FindingWithHistory>(findingsHttpControllerGet({ path: { id } })) });
  if (finding.isPending) return <Spin />;
  if (finding.error) return <Refusal error={finding.error} />;
  const value = finding.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('detail.title')}: {value.title}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={common('findings.rule')}>
          <Tag color={SEVERITY_COLOUR[value.severity]}>{value.ruleId}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.severity')}>{value.severity}</Descriptions.Item>
        <Descriptions.Item label={common('common.status')}>{value.status}</Descriptions.Item>
        <Descriptions.Item label={common('findings.raisedAt')}>{new Date(value.raisedAt).toLocaleString()}</Descriptions.Item>
        <Descriptions.Item label={t('detail.subject')} span={2}>
          {`${value.subjectKind} ${value.subject} · `}
          <Link to={`/inspector/timelines/${encodeURIComponent(value.subject)}`} style={{ textDecoration: 'underline' }}>{t('detail.timeline')}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.detail')} span={2}>
          {value.detail}
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.evidence')} span={2}>
          {value.evidence.map((eventId) => (
            <div key={eventId}>
              <code>{eventId}</code>
            </div>
          ))}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('detail.history')}
      </Typography.Title>
      <Timeline
        items={value.history.map((step) => ({
          content: (
            <>
              <strong>{step.change}</strong> · {new Date(step.at).toLocaleString()}
              {step.by && ` · ${t('detail.by')} ${step.by}`}
              {step.comment && <div>{step.comment}</div>}
            </>
          ),
        }))}
      />
    </>
  );
}
