import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { spotChecksHttpControllerAnnounce, spotChecksHttpControllerGet } from '../../api/verification/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Facts } from '../inspector/shared';

interface SpotCheck {
  id: string;
  planId: string;
  rate: number;
  population: string[];
  seedCommitment: string;
  status: string;
  drawn: string[] | null;
  seedMatchesCommitment?: boolean;
  reproduced?: boolean;
}

/**
 * Spot checks of continuing-education promises (R-VF-1): the bureau announces one (population
 * frozen, seed committed); the draw is an inspector's, witnessed (their Witness a spot check page).
 */
export default function SpotChecks() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const announce = useMutation({
    mutationFn: (values: { planId: string; rate?: number }) => unwrap<{ id: string }>(spotChecksHttpControllerAnnounce({ body: { planId: values.planId.trim(), ...(values.rate ? { rate: values.rate } : {}) } })),
    onSuccess: (created) => navigate(`/bureau/spot-checks/${created.id}`),
  });
  const spotCheck = useQuery({ queryKey: ['spot-check', id], enabled: id !== '', queryFn: () => unwrap<SpotCheck>(spotChecksHttpControllerGet({ path: { id } })) });
  const value = spotCheck.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('spot.title')}
      </Typography.Title>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('spot.announce')}</Typography.Title>} style={{ maxWidth: 640, marginBottom: 24 }}>
        <Typography.Paragraph>{t('spot.rateHelp')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={(values: { planId: string; rate?: number }) => announce.mutate(values)}>
          <Form.Item name="planId" label={t('spot.plan')} rules={[{ required: true }]}>
            <Input placeholder="tianjin-2023" />
          </Form.Item>
          <Form.Item name="rate" label={t('spot.rate')}>
            <InputNumber min={0.001} max={1} step={0.05} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={announce.isPending}>
            {t('spot.announce')}
          </Button>
        </Form>
        <div style={{ marginTop: 16 }}>
          <Refusal error={announce.error} />
        </div>
      </Card>
      <Form layout="inline" initialValues={{ id }} onFinish={(values: { id: string }) => navigate(`/bureau/spot-checks/${values.id.trim()}`)} style={{ marginBottom: 16 }}>
        <Form.Item name="id" label={t('spot.id')} rules={[{ required: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button htmlType="submit">{t('spot.open')}</Button>
      </Form>
      <Refusal error={spotCheck.error} />
      {id && spotCheck.isPending && <Spin />}
      {value && (
        <>
          {value.status === 'announced' && <Alert type="info" showIcon title={t('spot.witnessNote')} style={{ marginBottom: 16 }} />}
          <Facts
            items={[
              ['ID', <code key="id">{value.id}</code>],
              [common('common.status'), value.status],
              [t('spot.plan'), <Link key="p" to={`/bureau/plans/${encodeURIComponent(value.planId)}`}>{value.planId}</Link>],
              [t('spot.rate'), `${Math.round(value.rate * 1000) / 10}%`],
              [t('spot.population'), value.population.length],
              [t('spot.commitment'), <code key="c">{value.seedCommitment}</code>],
              [t('spot.drawn'), value.drawn ? value.drawn.length : '—'],
              ...(value.status === 'announced' ? [] : ([[t('spot.reproduced'), t(value.seedMatchesCommitment && value.reproduced ? 'committees.yes' : 'committees.no')]] as [string, string][])),
            ]}
          />
        </>
      )}
    </>
  );
}
