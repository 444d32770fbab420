import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { meetingsHttpControllerCommit, meetingsHttpControllerDossiers, meetingsHttpControllerOpine, meetingsHttpControllerVote } from '../../api/committee/client';
import { declarationsHttpControllerGet } from '../../api/intake/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { ApiError, unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';
import { stateOf, useMyPanels, type MyPanel } from './shared';

interface Dossier {
  declarationId: string;
  specialty: string;
  level: string;
}

/**
 * One meeting as the expert takes part in it: the online commitment first (R-CM-5), then the
 * dossiers of their panel, each opened in intake (every opening is audited, R-SV-4), a signed
 * opinion with the defence score where the review has a defence (R-CM-6), and one anonymous
 * ballot per declaration (R-CM-7).
 */
export default function Panel() {
  const t = usePageT(MESSAGES);
  const { id } = useParams();
  const panels = useMyPanels();
  const panel = panels.data?.find((p) => p.reviewPlanId === id);
  if (panels.isPending) return <Spin />;
  if (!panel) return <Refusal error={panels.error ?? new ApiError(404, `you were not drawn for review plan ${id ?? ''}`, undefined, [])} />;
  const state = stateOf(panel);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('panel.title', { meetingOn: panel.meetingOn })}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={2}
        items={[
          { key: 'committee', label: t('committee'), children: panel.committeeId },
          { key: 'specialty', label: t('specialty'), children: panel.specialty },
          { key: 'mode', label: t('mode'), children: `${t(`mode.${panel.mode}`)}${panel.place ? ` · ${panel.place}` : ''}` },
          { key: 'seat', label: t('seat'), children: t(`seat.${panel.seat}`) },
          { key: 'state', label: t('state'), children: t(state) },
          { key: 'commitment', label: t('commit.title'), children: <Tag color={panel.committed ? 'success' : 'warning'}>{t(panel.committed ? 'committed' : 'notCommitted')}</Tag> },
        ]}
      />
      <div style={{ marginTop: 16 }}>
        {state === 'state.drawn' && <Alert type="info" showIcon title={t('panel.notOpen')} />}
        {state === 'state.notSitting' && <Alert type="warning" showIcon title={t('panel.notSitting')} />}
        {state === 'state.closed' && <Alert type="info" showIcon title={t('panel.closed')} />}
        {state === 'state.sitting' && (panel.committed ? <Dossiers panel={panel} /> : <Commitment panel={panel} />)}
      </div>
    </>
  );
}

function Commitment({ panel }: { panel: MyPanel }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const commit = useMutation({
    mutationFn: (statement: string) => unwrap(meetingsHttpControllerCommit({ path: { id: panel.reviewPlanId }, body: { statement } })),
    onSuccess: () => {
      void message.success(t('commit.done'));
      void queryClient.invalidateQueries({ queryKey: ['my-panels'] });
    },
  });
  return (
    <Card size="small" title={t('commit.title')}>
      <Alert type="info" showIcon title={t('commit.rule')} style={{ marginBottom: 12 }} />
      <Form name="commitment" layout="vertical" initialValues={{ statement: t('commit.default') }} onFinish={(values: { statement: string }) => commit.mutate(values.statement.trim())}>
        <Form.Item name="statement" label={t('commit.statement')} rules={[{ required: true, whitespace: true, min: 10 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Refusal error={commit.error} />
        <Button type="primary" htmlType="submit" loading={commit.isPending}>
          {t('commit.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function Dossiers({ panel }: { panel: MyPanel }) {
  const t = usePageT(MESSAGES);
  const dossiers = useQuery({ queryKey: ['dossiers', panel.reviewPlanId], queryFn: () => unwrap<Dossier[]>(meetingsHttpControllerDossiers({ path: { id: panel.reviewPlanId } })) });
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 20 }}>
        {t('dossiers.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('dossiers.audited')}</Typography.Paragraph>
      {panel.mode === 'online' && <Alert type="info" showIcon title={t('opinion.onlineRule')} style={{ marginBottom: 12 }} />}
      <Refusal error={dossiers.error} />
      {dossiers.isPending && <Spin />}
      {dossiers.data?.map((dossier) => <DossierCard key={dossier.declarationId} panel={panel} dossier={dossier} />)}
    </>
  );
}

function DossierCard({ panel, dossier }: { panel: MyPanel; dossier: Dossier }) {
  const t = usePageT(MESSAGES);
  const [open, setOpen] = useState(false);
  const given = panel.opinions.includes(dossier.declarationId);
  const voted = panel.voted.includes(dossier.declarationId);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid={`dossier-${dossier.declarationId}`}
      title={`${t('dossiers.declaration')} ${dossier.declarationId}（${dossier.specialty} · ${dossier.level}）`}
      extra={
        <Button size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
          {t(open ? 'dossiers.hide' : 'dossiers.open')}
        </Button>
      }
    >
      {open && <DossierView declarationId={dossier.declarationId} />}
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('opinion.title')}
      </Typography.Title>
      {given ? <Tag color="success">{t('opinion.given')}</Tag> : <OpinionForm panel={panel} declarationId={dossier.declarationId} />}
      <Typography.Title level={3} style={{ fontSize: 16, marginTop: 16 }}>
        {t('ballot.title')}
      </Typography.Title>
      {voted ? <Tag color="success">{t('ballot.cast')}</Tag> : <BallotForm panel={panel} declarationId={dossier.declarationId} />}
    </Card>
  );
}

interface Declaration {
  applicantName: string;
  employerCreditCode: string;
  series: string;
  specialty: string | null;
  level: string;
  materials: { type: string; title: string; parts: string[] }[];
}

/** The dossier as intake opens it to a committed panel member; intake audits the reading. */
function DossierView({ declarationId }: { declarationId: string }) {
  const t = usePageT(MESSAGES);
  const declaration = useQuery({ queryKey: ['dossier', declarationId], queryFn: () => unwrap<Declaration>(declarationsHttpControllerGet({ path: { id: declarationId } })) });
  if (declaration.error) return <Refusal error={declaration.error} />;
  if (!declaration.data) return <Spin />;
  const d = declaration.data;
  return (
    <div data-testid="dossier-view" style={{ marginBottom: 12 }}>
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'applicant', label: t('dossier.applicant'), children: d.applicantName },
          { key: 'employer', label: t('dossier.employer'), children: d.employerCreditCode },
          { key: 'series', label: t('dossier.series'), children: [d.series, d.specialty, d.level].filter(Boolean).join(' / ') },
        ]}
      />
      <Table
        size="small"
        rowKey={(_, index) => String(index)}
        pagination={false}
        dataSource={d.materials}
        columns={[
          { title: t('dossier.materials'), render: (_, m) => `${m.type}：${m.title}` },
          { title: t('dossier.parts'), render: (_, m) => m.parts.join('、') || '—' },
        ]}
      />
    </div>
  );
}

function OpinionForm({ panel, declarationId }: { panel: MyPanel; declarationId: string }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const opine = useMutation({
    mutationFn: (values: { opinion: string; defenceScore?: number }) => unwrap(meetingsHttpControllerOpine({ path: { id: panel.reviewPlanId, declarationId }, body: { opinion: values.opinion.trim(), defenceScore: values.defenceScore ?? undefined } })),
    onSuccess: () => {
      void message.success(t('opinion.done'));
      void queryClient.invalidateQueries({ queryKey: ['my-panels'] });
    },
  });
  return (
    <Form name={`opinion-${declarationId}`} layout="vertical" onFinish={(values: { opinion: string; defenceScore?: number }) => opine.mutate(values)}>
      <Form.Item name="opinion" label={t('opinion.text')} rules={[{ required: true, whitespace: true, min: 5 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      {panel.defence && (
        <Form.Item name="defenceScore" label={t('opinion.score')} extra={t('opinion.scoreRule')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} />
        </Form.Item>
      )}
      <Refusal error={opine.error} />
      <Button htmlType="submit" loading={opine.isPending}>
        {t('opinion.submit')}
      </Button>
    </Form>
  );
}

function BallotForm({ panel, declarationId }: { panel: MyPanel; declarationId: string }) {
  const t = usePageT(MESSAGES);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const vote = useMutation({
    mutationFn: (choice: 'for' | 'against' | 'abstain') => unwrap(meetingsHttpControllerVote({ path: { id: panel.reviewPlanId, declarationId }, body: { choice } })),
    onSuccess: () => {
      void message.success(t('ballot.done'));
      void queryClient.invalidateQueries({ queryKey: ['my-panels'] });
    },
  });
  return (
    <Form name={`ballot-${declarationId}`} layout="vertical" onFinish={(values: { choice: 'for' | 'against' | 'abstain' }) => vote.mutate(values.choice)}>
      <Typography.Paragraph type="secondary">{t('ballot.rule')}</Typography.Paragraph>
      <Form.Item name="choice" label={t('ballot.choice')} rules={[{ required: true }]}>
        <Radio.Group>
          <Space>
            {(['for', 'against', 'abstain'] as const).map((choice) => (
              <Radio key={choice} value={choice}>
                {t(`ballot.${choice}`)}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Form.Item>
      <Refusal error={vote.error} />
      <Button type="primary" htmlType="submit" loading={vote.isPending}>
        {t('ballot.submit')}
      </Button>
    </Form>
  );
}
