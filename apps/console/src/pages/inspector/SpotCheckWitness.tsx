import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Spin, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { spotChecksHttpControllerDraw, spotChecksHttpControllerGet } from '../../api/verification/client';
import { Refusal } from '../../components/Refusal';
import { usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Facts, Verdict } from './shared';

interface SpotCheck {
  id: string;
  planId: string;
  rate: number;
  population: string[];
  region: string | null;
  seedCommitment: string;
  status: string;
  witnessInput: string | null;
  drawn: string[] | null;
  revealedSeed?: string;
  seedMatchesCommitment?: boolean;
  seedFromSecretAndWitness?: boolean;
  reproduced?: boolean;
  checks?: { declarationId: string; check: string; status: string }[];
}

/**
 * A spot check the bureau announced (R-VF-1): the population is frozen and the seed committed; an
 * inspector of the region brings the witness input and the sample is drawn, once. Afterwards the
 * page shows whether the revealed secret matches its commitment and the sample is reproduced.
 */
export default function SpotCheckWitness() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const spotCheck = useQuery({ queryKey: ['spot-check', id], enabled: id !== '', queryFn: () => unwrap<SpotCheck>(spotChecksHttpControllerGet({ path: { id } })) });
  const draw = useMutation({
    mutationFn: (witnessInput: string) => unwrap(spotChecksHttpControllerDraw({ path: { id }, body: { witnessInput } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['spot-check', id] }),
  });
  const value = spotCheck.data;
  const verifies = value?.status !== 'announced' && Boolean(value?.seedMatchesCommitment && value.seedFromSecretAndWitness && value.reproduced);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('spot.title')}
      </Typography.Title>
      <Form layout="inline" initialValues={{ id }} onFinish={(values: { id: string }) => navigate(`/inspector/spot-checks/${values.id.trim()}`)} style={{ marginBottom: 24 }}>
        <Form.Item name="id" label={t('spot.id')} rules={[{ required: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('spot.open')}
        </Button>
      </Form>
      <Refusal error={spotCheck.error} />
      {id && spotCheck.isPending && <Spin />}
      {value && (
        <>
          {value.status !== 'announced' && (
            <Verdict testId="spot-verdict" ok={verifies} title={t(verifies ? 'spot.verifies' : 'spot.fails')}>
              <ul style={{ margin: 0 }}>
                <li>{`${t('draw.seedMatches')}: ${t(value.seedMatchesCommitment ? 'draw.yes' : 'draw.no')}`}</li>
                <li>{`${t('spot.reproduced')}: ${t(value.reproduced ? 'draw.yes' : 'draw.no')}`}</li>
              </ul>
            </Verdict>
          )}
          <Facts
            items={[
              [common('common.status'), value.status],
              [t('spot.plan'), value.planId],
              [t('spot.rate'), `${Math.round(value.rate * 1000) / 10}%`],
              [t('spot.population'), value.population.length],
              [t('spot.commitment'), <code key="c">{value.seedCommitment}</code>],
              ...(value.revealedSeed ? ([[t('draw.revealedSeed'), <code key="s">{value.revealedSeed}</code>]] as [string, ReactNode][]) : []),
              ...(value.witnessInput ? ([[t('draw.witnessInput'), <code key="w">{value.witnessInput}</code>]] as [string, ReactNode][]) : []),
              [t('spot.drawn'), value.drawn ? value.drawn.length : '—'],
            ]}
          />
          {value.status === 'announced' && (
            <Form layout="inline" onFinish={(values: { witnessInput: string }) => draw.mutate(values.witnessInput)} style={{ marginTop: 16 }}>
              <Form.Item name="witnessInput" label={t('spot.witnessInput')} rules={[{ required: true }]}>
                <Input style={{ width: 240 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={draw.isPending}>
                {t('spot.witness')}
              </Button>
            </Form>
          )}
          <Refusal error={draw.error} />
          {value.checks && (
            <>
              <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
                {t('spot.checks')}
              </Typography.Title>
              <Table
                rowKey={(row) => `${row.declarationId}/${row.check}`}
                size="small"
                dataSource={value.checks}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: t('integrity.declaration'), dataIndex: 'declarationId' },
                  { title: common('findings.rule'), dataIndex: 'check' },
                  { title: common('common.status'), dataIndex: 'status' },
                ]}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
