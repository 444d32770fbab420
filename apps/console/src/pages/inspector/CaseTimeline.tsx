import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, Input, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { getTimelineHttpControllerGet } from '../../api/supervision/client';
import { Refusal } from '../../components/Refusal';
import { usePageT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { MESSAGES } from './messages';

interface TimelineEntry {
  eventId: string;
  subject: string;
  type: string;
  source: string;
  occurredAt: string;
  data: unknown;
}

/**
 * Every event about one case, oldest first, as supervision received them (R-SV-4: everything
 * leaves a trace). Reached from a finding's case, or by typing a case id.
 */
export default function CaseTimeline() {
  const t = usePageT(MESSAGES);
  const navigate = useNavigate();
  const { caseId = '' } = useParams();
  const timeline = useQuery({
    queryKey: ['timeline', caseId],
    enabled: caseId !== '',
    queryFn: () => unwrap<TimelineEntry[]>(getTimelineHttpControllerGet({ path: { caseId } })),
  });
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('timeline.title')}
      </Typography.Title>
      <Form layout="inline" initialValues={{ caseId }} onFinish={(values: { caseId: string }) => navigate(`/inspector/timelines/${encodeURIComponent(values.caseId.trim())}`)} style={{ marginBottom: 24 }}>
        <Form.Item name="caseId" label={t('timeline.case')} rules={[{ required: true }]}>
          <Input style={{ width: 360 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('timeline.open')}
        </Button>
      </Form>
      <Refusal error={timeline.error} />
      {caseId && timeline.isPending && <Spin />}
      {timeline.data && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            <code>{caseId}</code> · {t('timeline.count', { n: timeline.data.length })}
          </Typography.Title>
          {timeline.data.length === 0 ? (
            <Empty description={t('timeline.empty')} />
          ) : (
            <div data-testid="case-timeline">
              <Timeline
                items={timeline.data.map((entry) => ({
                  content: (
                    <Space orientation="vertical" size={2}>
                      <span>
                        <strong>{entry.type}</strong> <Tag>{entry.source}</Tag> {new Date(entry.occurredAt).toLocaleString()}
                      </span>
                      <details>
                        <summary>{t('timeline.data')}</summary>
                        <pre style={{ whiteSpace: 'pre-wrap', maxWidth: 800 }}>{JSON.stringify(entry.data, null, 2)}</pre>
                      </details>
                    </Space>
                  ),
                }))}
              />
            </div>
          )}
        </>
      )}
    </>
  );
}
