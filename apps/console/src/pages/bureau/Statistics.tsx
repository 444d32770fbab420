import { useQuery } from '@tanstack/react-query';
import { Card, Col, Form, Row, Select, Spin, Statistic, Table, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState, type ReactNode } from 'react';
import { statisticsHttpControllerGet } from '../../api/intake/client';
import { useSession } from '../../auth/session';
import { Refusal } from '../../components/Refusal';
import { statusLabel, usePageT, useT } from '../../i18n/locale';
import { unwrap } from '../../lib/api-error';
import { Chart } from './Chart';
import { MESSAGES } from './messages';

interface Statistics {
  region: string | null;
  total: number;
  byStatus: { status: string; count: number }[];
  byRegion: { region: string; count: number }[];
  bySeries: { series: string; count: number }[];
  passRates: { committee: string; passed: number; failed: number; rate: number }[];
  timePerStage: { status: string; stays: number; averageHours: number }[];
}

const bars = (names: string[], values: number[], name: string, extra: object = {}): EChartsCoreOption => ({
  tooltip: { trigger: 'axis' },
  grid: { left: 48, right: 16, top: 32, bottom: 72 },
  xAxis: { type: 'category', data: names, axisLabel: { rotate: names.length > 4 ? 30 : 0, interval: 0 } },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name, data: values, ...extra }],
});

/**
 * A chart with its data as a table beneath (in a disclosure), so the figures are there for anyone
 * who cannot see the chart.
 */
function ChartCard({ title, option, testId, columns, rows }: { title: string; option: EChartsCoreOption; testId: string; columns: { title: string; key: string }[]; rows: Record<string, ReactNode>[] }) {
  const t = usePageT(MESSAGES);
  return (
    <Card title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>} size="small">
      {rows.length === 0 ? (
        <Typography.Paragraph>{t('stats.none')}</Typography.Paragraph>
      ) : (
        <>
          <Chart option={option} testId={testId} />
          <details>
            <summary>{t('stats.tableOf', { chart: title })}</summary>
            <Table size="small" pagination={false} rowKey={(_, i) => String(i)} dataSource={rows} columns={columns.map((column) => ({ title: column.title, dataIndex: column.key }))} />
          </details>
        </>
      )}
    </Card>
  );
}

/**
 * The bureau's dashboard (an inspector sees their own region): declarations by stage, region and
 * series, each committee's pass rate, and how long declarations stay at each stage, from intake's
 * GET /statistics. Charts (ECharts, this chunk only) each come with their figures as a table.
 */
export default function StatisticsDashboard() {
  const t = usePageT(MESSAGES);
  const common = useT();
  const { claims } = useSession();
  const isBureau = claims?.roles.includes('bureau-admin') ?? false;
  const [region, setRegion] = useState<string>();
  const stats = useQuery({ queryKey: ['statistics', region ?? ''], queryFn: () => unwrap<Statistics>(statisticsHttpControllerGet({ query: region ? { region } : {} })) });
  const regions = useQuery({ queryKey: ['statistics', ''], enabled: isBureau, queryFn: () => unwrap<Statistics>(statisticsHttpControllerGet({ query: {} })) });
  const value = stats.data;
  const charts = useMemo(() => {
    if (!value) return undefined;
    const stage = (status: string) => statusLabel(common, status);
    return {
      byStage: bars(value.byStatus.map((row) => stage(row.status)), value.byStatus.map((row) => row.count), t('stats.count')),
      byRegion: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', name: t('stats.byRegion'), radius: ['35%', '65%'], data: value.byRegion.map((row) => ({ name: row.region, value: row.count })) }],
      },
      bySeries: bars(value.bySeries.map((row) => row.series), value.bySeries.map((row) => row.count), t('stats.count')),
      passRates: {
        ...bars(value.passRates.map((row) => row.committee), value.passRates.map((row) => Math.round(row.rate * 1000) / 10), t('stats.rate')),
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      },
      timePerStage: {
        ...bars(value.timePerStage.map((row) => stage(row.status)), [], ''),
        series: [{ type: 'line', name: t('stats.hours'), data: value.timePerStage.map((row) => row.averageHours) }],
      },
    } satisfies Record<string, EChartsCoreOption>;
  }, [value, t, common]);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('stats.title')}
      </Typography.Title>
      {isBureau && (
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label={t('stats.region')} htmlFor="stats-region">
            <Select
              id="stats-region"
              style={{ width: 200 }}
              value={region ?? ''}
              onChange={(next: string) => setRegion(next || undefined)}
              options={[{ value: '', label: t('stats.allRegions') }, ...(regions.data?.byRegion ?? []).map((row) => ({ value: row.region, label: row.region }))]}
            />
          </Form.Item>
        </Form>
      )}
      <Refusal error={stats.error} />
      {stats.isPending && <Spin />}
      {value && charts && (
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <Card size="small">
              <Statistic title={`${t('stats.total')}${value.region ? ` · ${value.region}` : ''}`} value={value.total} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('stats.byStage')} testId="chart-by-stage" option={charts.byStage} columns={[{ title: t('stats.stage'), key: 'stage' }, { title: t('stats.count'), key: 'count' }]} rows={value.byStatus.map((row) => ({ stage: statusLabel(common, row.status), count: row.count }))} />
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('stats.byRegion')} testId="chart-by-region" option={charts.byRegion} columns={[{ title: t('stats.region'), key: 'region' }, { title: t('stats.count'), key: 'count' }]} rows={value.byRegion} />
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard title={t('stats.bySeries')} testId="chart-by-series" option={charts.bySeries} columns={[{ title: t('stats.series'), key: 'series' }, { title: t('stats.count'), key: 'count' }]} rows={value.bySeries} />
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard
              title={t('stats.passRates')}
              testId="chart-pass-rates"
              option={charts.passRates}
              columns={[{ title: t('stats.committee'), key: 'committee' }, { title: t('stats.passed'), key: 'passed' }, { title: t('stats.failed'), key: 'failed' }, { title: t('stats.rate'), key: 'rate' }]}
              rows={value.passRates.map((row) => ({ ...row, rate: `${Math.round(row.rate * 1000) / 10}%` }))}
            />
          </Col>
          <Col xs={24}>
            <ChartCard
              title={t('stats.timePerStage')}
              testId="chart-time-per-stage"
              option={charts.timePerStage}
              columns={[{ title: t('stats.stage'), key: 'stage' }, { title: t('stats.hours'), key: 'hours' }, { title: t('stats.stays'), key: 'stays' }]}
              rows={value.timePerStage.map((row) => ({ stage: statusLabel(common, row.status), hours: row.averageHours, stays: row.stays }))}
            />
          </Col>
        </Row>
      )}
    </>
  );
}
