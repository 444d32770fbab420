import { Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { MESSAGES } from './messages';
import { stateOf, useMyPanels, type MyPanel } from './shared';

const COLOUR = { 'state.drawn': 'processing', 'state.sitting': 'success', 'state.notSitting': 'default', 'state.closed': 'default' } as const;

/**
 * The meetings the expert was drawn for (R-CM-2), newest first: their own seat only, never who else
 * sits; from here they commit, read their panel's dossiers, give opinions and vote.
 */
export default function Panels() {
  const t = usePageT(MESSAGES);
  const panels = useMyPanels();
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('title')}
      </Typography.Title>
      <Refusal error={panels.error} />
      <Table<MyPanel>
        rowKey="reviewPlanId"
        loading={panels.isPending}
        dataSource={panels.data ?? []}
        locale={{ emptyText: t('none') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('meetingOn'), dataIndex: 'meetingOn' },
          { title: t('committee'), dataIndex: 'committeeId' },
          { title: t('specialty'), dataIndex: 'specialty' },
          { title: t('mode'), render: (_, p) => `${t(`mode.${p.mode}`)}${p.place ? ` · ${p.place}` : ''}` },
          { title: t('seat'), render: (_, p) => t(`seat.${p.seat}`) },
          { title: t('state'), render: (_, p) => <Tag color={COLOUR[stateOf(p)]}>{t(stateOf(p))}</Tag> },
          { title: t('commit.title'), render: (_, p) => t(p.committed ? 'committed' : 'notCommitted') },
          { title: '', render: (_, p) => <Link to={`/expert/panels/${p.reviewPlanId}`} aria-label={`${t('open')} ${p.meetingOn} ${p.specialty}`}>{t('open')}</Link> },
        ]}
      />
    </>
  );
}
