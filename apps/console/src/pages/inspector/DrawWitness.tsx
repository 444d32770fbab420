import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Spin, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import { drawsHttpControllerPublicInputs, drawsHttpControllerRun, drawsHttpControllerVerify } from '../../api/committee/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { ApiError, unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { Facts, Verdict } from './shared';

interface PanelSpec {
  specialty: string;
  size: number;
  substitutes: number;
  highSkillMinimum: number;
  nonPublicMinimum: number;
}

/** What anyone may read of a draw: everything once the meeting opens, before it only the commitment and counts. */
type PublicInputs =
  | { sealed: true; seedCommitment: string; panels: PanelSpec[]; experts: number; declarations: number }
  | { sealed?: undefined; seedCommitment: string; revealedSeed: string; witnessInput: string; panels: PanelSpec[]; experts: unknown[]; declarations: unknown[] };

interface DrawVerification {
  seedMatchesCommitment: boolean;
  panelsMatch: boolean;
}

/**
 * Witnessing an expert draw (R-CM-2, R-SV-2): the inspector brings the witness input, then anyone
 * can recompute the draw from its public inputs. The page says plainly whether it verifies: the
 * revealed seed must match the commitment made before, and drawing again must give the same panels.
 */
export default function DrawWitness() {
  const t = usePageT(MESSAGES);
  const navigate = useNavigate();
  const { planId = '' } = useParams();
  const queryClient = useQueryClient();
  const inputs = useQuery({ queryKey: ['draw-inputs', planId], enabled: planId !== '', queryFn: () => unwrap<PublicInputs>(drawsHttpControllerPublicInputs({ path: { id: planId } })) });
  const verification = useQuery({ queryKey: ['draw-verification', planId], enabled: planId !== '', queryFn: () => unwrap<DrawVerification>(drawsHttpControllerVerify({ path: { id: planId } })) });
  const witness = useMutation({
    mutationFn: (witnessInput: string) => unwrap(drawsHttpControllerRun({ path: { id: planId }, body: { witnessInput } })),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] === planId }),
  });
  // No draw yet (404): the inspector may witness it now.
  const notDrawn = inputs.error instanceof ApiError && inputs.error.status === 404;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('draw.title')}
      </Typography.Title>
      <Form layout="inline" initialValues={{ planId }} onFinish={(values: { planId: string }) => navigate(`/inspector/draws/${values.planId.trim()}`)} style={{ marginBottom: 24 }}>
        <Form.Item name="planId" label={t('draw.plan')} rules={[{ required: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('draw.check')}
        </Button>
      </Form>
      {planId && (inputs.isPending || verification.isPending) && !notDrawn && <Spin />}
      {notDrawn && (
        <Form layout="inline" onFinish={(values: { witnessInput: string }) => witness.mutate(values.witnessInput)} style={{ marginBottom: 24 }}>
          <Form.Item name="witnessInput" label={t('draw.witness')} rules={[{ required: true }]}>
            <Input style={{ width: 240 }} />
          </Form.Item>
          <Button htmlType="submit" loading={witness.isPending}>
            {t('draw.witnessDone')}
          </Button>
        </Form>
      )}
      <Refusal error={witness.error ?? (notDrawn ? undefined : (inputs.error ?? verification.error))} />
      {verification.data && (
        <Verdict testId="draw-verdict" ok={verification.data.seedMatchesCommitment && verification.data.panelsMatch} title={t(verification.data.seedMatchesCommitment && verification.data.panelsMatch ? 'draw.verifies' : 'draw.fails')}>
          <ul style={{ margin: 0 }}>
            <li>{`${t('draw.seedMatches')}: ${t(verification.data.seedMatchesCommitment ? 'draw.yes' : 'draw.no')}`}</li>
            <li>{`${t('draw.panelsMatch')}: ${t(verification.data.panelsMatch ? 'draw.yes' : 'draw.no')}`}</li>
          </ul>
        </Verdict>
      )}
      {inputs.data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('draw.inputs')}
          </Typography.Title>
          {inputs.data.sealed && <Typography.Paragraph>{t('draw.sealed')}</Typography.Paragraph>}
          <Facts
            items={[
              [t('draw.commitment'), <code key="c">{inputs.data.seedCommitment}</code>],
              ...(inputs.data.sealed
                ? []
                : ([
                    [t('draw.revealedSeed'), <code key="s">{inputs.data.revealedSeed}</code>],
                    [t('draw.witnessInput'), <code key="w">{inputs.data.witnessInput}</code>],
                  ] as [string, ReactNode][])),
              [t('draw.experts'), inputs.data.sealed ? inputs.data.experts : inputs.data.experts.length],
              [t('draw.declarations'), inputs.data.sealed ? inputs.data.declarations : inputs.data.declarations.length],
            ]}
          />
          <Typography.Title level={3} style={{ fontSize: 16 }}>
            {t('draw.panels')}
          </Typography.Title>
          <Table<PanelSpec>
            rowKey="specialty"
            size="small"
            pagination={false}
            dataSource={inputs.data.panels}
            columns={[
              { title: t('draw.specialty'), dataIndex: 'specialty' },
              { title: t('draw.size'), dataIndex: 'size' },
              { title: t('draw.substitutes'), dataIndex: 'substitutes' },
              { title: t('draw.highSkill'), dataIndex: 'highSkillMinimum' },
            ]}
          />
        </Space>
      )}
    </>
  );
}
