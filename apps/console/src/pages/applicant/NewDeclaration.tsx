import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { catalogueHttpControllerCatalogue, catalogueHttpControllerRouting, declarationsHttpControllerCreate, managePlansHttpControllerGet, managePlansHttpControllerList } from '../../api/intake/client';
import { useSession } from '../../auth/session';
import { Refusal } from '../../components/Refusal';
import { useLanguage, usePageT } from '../../i18n/locale';
import { ApiError, unwrap } from '../../lib/api-error';
import { MATERIAL_PARTS, MATERIAL_TYPE_NAMES, MATERIAL_TYPES, PART_NAMES, type MaterialType } from '../declarations/materials';
import { CODE_NAMES, MESSAGES } from './messages';

interface PlanRow {
  id: string;
  version: number;
  region: string;
  year: number;
}

/** The parts of a plan the form reads (libs/contracts annual-plan.ts). */
interface PlanDocument {
  title: string;
  region: string;
  series: string[];
  levels: string[];
  channels: Record<string, { evidence: string[] }>;
  unitPublicityWorkingDays: number;
  stages: { applicantSubmission: { opens: string; closes: string } };
  examSeries: { series: string }[];
}

interface Catalogue {
  series: { code: string; name: string; levels: string[]; specialties: { code: string; name: string }[] }[];
}

type Routing = { committee: string; name: string; entrustmentLetterRequired: false } | { committee: null; entrustmentLetterRequired: true; reason: string };

interface Values {
  planId: string;
  series: string;
  specialty: string;
  level: string;
  channel: string;
  evidence: string[];
  entrustmentLetterId?: string;
  employerCreditCode: string;
  department: string;
  personCategory: string;
  origin: string;
  currentPost: { since: Dayjs; unitKind: string; tier?: string };
  employment: { kind: string; filingNumber?: string; months?: number };
  education: { degree: string; institution: string; major: string; graduatedOn: Dayjs; studyMode: string };
  continuingEducationPromise: boolean;
  directedCounty?: string;
  grassrootsServiceYears?: number;
  yearsAtIntermediate?: number;
  seniorExpertRecommendations?: number;
  examPassedOn?: Dayjs;
  retirementDate?: Dayjs;
  heldTitleLevel?: string;
  materials: { type: MaterialType; title: string; firstPageStamped: boolean; cn?: string; issn?: string; isbn?: string }[];
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');
const SHOWN_PERSON_CATEGORIES = ['in-service', 'new-employment-form', 'freelancer'];

/** The request intake takes (declaration.request.ts): name and identity number come from the token. */
function requestOf(values: Values, plan: PlanDocument) {
  const { planId: _planId, currentPost, education, employment, entrustmentLetterId, examPassedOn, retirementDate, heldTitleLevel, directedCounty, ...rest } = values;
  return {
    ...rest,
    // R-EL-7: the exam of the series declared, where the plan evaluates it only after one.
    exam: examPassedOn ? { series: values.series, passedOn: day(examPassedOn) } : null,
    retirementDate: retirementDate ? day(retirementDate) : null,
    heldTitle: heldTitleLevel ? { level: heldTitleLevel } : null,
    directedCounty: directedCounty?.trim() || null,
    region: plan.region,
    currentPost: { ...currentPost, since: day(currentPost.since) },
    education: { ...education, graduatedOn: day(education.graduatedOn) },
    employment: employment.kind === 'labour-contract-filing' ? { kind: employment.kind, filingNumber: employment.filingNumber } : employment.kind === 'wage-records' ? { kind: employment.kind, months: employment.months } : { kind: employment.kind },
    entrustmentLetterId: entrustmentLetterId || null,
    materials: values.materials.map((material) => ({ ...material, firstPageStamped: Boolean(material.firstPageStamped) })),
  };
}

/** A field intake named ("education.graduatedOn", "materials.0.title") as the form's name path. */
const namePath = (field: string) => field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

/**
 * A new declaration: the applicant chooses a published plan, the series, specialty and level from
 * the catalogue (with the committee it would go to, R-EL-5/R-EL-8), a channel the plan opens and the
 * evidence it asks (R-EL-11), and lists their achievements with the parts each must show (R-RV-6).
 * Saved as a draft; files are uploaded on the declaration's own page.
 */
export default function NewDeclaration() {
  const t = usePageT(MESSAGES);
  const { language } = useLanguage();
  const { claims } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const name = (code: string) => CODE_NAMES[code]?.[language] ?? code;

  const planId = Form.useWatch('planId', form);
  const series = Form.useWatch('series', form);
  const specialty = Form.useWatch('specialty', form);
  const level = Form.useWatch('level', form);
  const channel = Form.useWatch('channel', form);
  const employmentKind = Form.useWatch(['employment', 'kind'], form);
  const materials = Form.useWatch('materials', form);

  const plans = useQuery({ queryKey: ['plans'], queryFn: () => unwrap<PlanRow[]>(managePlansHttpControllerList()) });
  const latest = [...new Map((plans.data ?? []).map((row) => [row.id, row])).values()];
  const plan = useQuery({
    queryKey: ['plan', planId],
    enabled: Boolean(planId),
    queryFn: async () => (await unwrap<{ versions: { document: PlanDocument }[] }>(managePlansHttpControllerGet({ path: { id: planId } }))).versions.at(-1)?.document as PlanDocument,
  });
  const catalogue = useQuery({ queryKey: ['catalogue'], queryFn: () => unwrap<Catalogue>(catalogueHttpControllerCatalogue()) });
  const region = plan.data?.region;
  const routing = useQuery({
    queryKey: ['routing', region, series, specialty, level],
    enabled: Boolean(region && series && specialty && level),
    queryFn: () => unwrap<Routing>(catalogueHttpControllerRouting({ query: { region: region as string, series, specialty, level: level as 'primary' } })),
  });

  const seriesOptions = (catalogue.data?.series ?? []).filter((entry) => !plan.data || plan.data.series.includes('*') || plan.data.series.includes(entry.code));
  const chosenSeries = seriesOptions.find((entry) => entry.code === series);
  const levels = (chosenSeries?.levels ?? []).filter((code) => !plan.data || plan.data.levels.includes(code));
  const channelEvidence = (channel && plan.data?.channels[channel]?.evidence) || [];
  const examSeries = Boolean(series && plan.data?.examSeries.some((entry) => entry.series === series));

  const create = useMutation({
    mutationFn: (values: Values) => unwrap<{ id: string }>(declarationsHttpControllerCreate({ body: requestOf(values, plan.data as PlanDocument) as never })),
    onSuccess: ({ id }) => {
      void message.success(t('new.created'));
      void navigate(`/declarations/${id}`);
    },
    onError: (error) => {
      if (error instanceof ApiError) form.setFields(error.issues.map((issue) => ({ name: namePath(issue.field) as never, errors: [issue.reason] })));
    },
  });

  const section = (title: string) => (
    <Typography.Title level={2} style={{ fontSize: 18 }}>
      {title}
    </Typography.Title>
  );

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('new.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('new.intro')}</Typography.Paragraph>
      <Refusal error={plans.error ?? catalogue.error ?? plan.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 880 }}
        scrollToFirstError
        initialValues={{
          channel: 'normal',
          evidence: [],
          personCategory: 'in-service',
          origin: 'mainland',
          employment: { kind: 'social-security-registration' },
          education: { studyMode: 'full-time' },
          continuingEducationPromise: false,
          materials: [{ type: 'paper', firstPageStamped: false }],
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // A choice higher up clears the choices that depended on it.
          if ('planId' in changed) form.setFieldsValue({ series: undefined, specialty: undefined, level: undefined, channel: 'normal', evidence: [] });
          if ('series' in changed) form.setFieldsValue({ specialty: undefined, level: undefined });
          if ('channel' in changed) form.setFieldsValue({ evidence: [], directedCounty: undefined, grassrootsServiceYears: undefined, yearsAtIntermediate: undefined, seniorExpertRecommendations: undefined });
        }}
        onFinish={(values) => create.mutate(values)}
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          {section(t('section.plan'))}
          <Form.Item name="planId" label={t('plan')} rules={[{ required: true }]} extra={plan.data && t('plan.deadline', { opens: plan.data.stages.applicantSubmission.opens, closes: plan.data.stages.applicantSubmission.closes, days: plan.data.unitPublicityWorkingDays })}>
            <Select loading={plans.isPending} options={latest.map((row) => ({ value: row.id, label: `${row.id}（${row.region} ${row.year}，v${row.version}）` }))} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="series" label={t('series')} rules={[{ required: true }]} style={{ minWidth: 240, flex: 1 }}>
              <Select disabled={!plan.data} showSearch={{ optionFilterProp: 'label' }} options={seriesOptions.map((entry) => ({ value: entry.code, label: entry.name }))} />
            </Form.Item>
            <Form.Item name="specialty" label={t('specialty')} rules={[{ required: true }]} style={{ minWidth: 200, flex: 1 }}>
              <Select disabled={!chosenSeries} showSearch={{ optionFilterProp: 'label' }} options={(chosenSeries?.specialties ?? []).map((entry) => ({ value: entry.code, label: entry.name }))} />
            </Form.Item>
            <Form.Item name="level" label={t('level')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
              <Select disabled={!chosenSeries} options={levels.map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
          </Flex>
          {routing.data && !routing.data.entrustmentLetterRequired && <Alert type="info" showIcon title={t('routing.committee', { name: routing.data.name })} style={{ marginBottom: 16 }} data-testid="routing" />}
          {routing.data?.entrustmentLetterRequired && (
            <>
              <Alert type="warning" showIcon title={t('routing.letter')} description={routing.data.reason} style={{ marginBottom: 16 }} data-testid="routing" />
              <Form.Item name="entrustmentLetterId" label={t('entrustmentLetterId')} rules={[{ required: true }]}>
                <Input />
              </Form.Item>
            </>
          )}
          <Refusal error={routing.error} />
          <Form.Item name="channel" label={t('channel')} rules={[{ required: true }]}>
            <Select disabled={!plan.data} options={Object.keys(plan.data?.channels ?? { normal: {} }).map((code) => ({ value: code, label: name(code) }))} />
          </Form.Item>
          <Flex gap={16} wrap>
            {channel === 'directed' && (
              <Form.Item name="directedCounty" label={t('directedCounty')} rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}>
                <Input />
              </Form.Item>
            )}
            {channel === 'grassroots-3010' && (
              <>
                <Form.Item name="grassrootsServiceYears" label={t('grassrootsServiceYears')} rules={[{ required: true }]}>
                  <InputNumber min={0} />
                </Form.Item>
                <Form.Item name="yearsAtIntermediate" label={t('yearsAtIntermediate')} rules={[{ required: true }]}>
                  <InputNumber min={0} />
                </Form.Item>
              </>
            )}
            {channelEvidence.includes('peer-expert-recommendations') && (
              <Form.Item name="seniorExpertRecommendations" label={t('seniorExpertRecommendations')} rules={[{ required: true }]}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
            )}
            {examSeries && (
              <Form.Item name="examPassedOn" label={t('exam.passedOn')} rules={[{ required: true }]}>
                <DatePicker format="YYYY-MM-DD" />
              </Form.Item>
            )}
          </Flex>
          {channelEvidence.length > 0 && (
            <Form.Item name="evidence" label={t('channelEvidence')} rules={[{ required: true, type: 'array', min: channelEvidence.length }]}>
              <Checkbox.Group options={channelEvidence.map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
          )}
        </Card>

        <Card size="small" style={{ marginBottom: 16 }}>
          {section(t('section.person'))}
          <Flex gap={16} wrap>
            <Form.Item label={t('name')} htmlFor="declaring-name" extra={t('fromToken')} style={{ minWidth: 200 }}>
              <Input id="declaring-name" value={claims?.name} readOnly />
            </Form.Item>
            <Form.Item label={t('idNumber')} htmlFor="declaring-id-number" extra={t('fromToken')} style={{ minWidth: 260 }}>
              <Input id="declaring-id-number" value={claims?.idNumber} readOnly />
            </Form.Item>
            <Form.Item name="personCategory" label={t('personCategory')} rules={[{ required: true }]} style={{ minWidth: 200 }}>
              <Select options={SHOWN_PERSON_CATEGORIES.map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            <Form.Item name="origin" label={t('origin')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
              <Select options={['mainland', 'hk-macau-taiwan', 'foreign'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
          </Flex>
        </Card>

        <Card size="small" style={{ marginBottom: 16 }}>
          {section(t('section.post'))}
          <Flex gap={16} wrap>
            <Form.Item name="employerCreditCode" label={t('employerCreditCode')} rules={[{ required: true, pattern: /^[0-9A-HJ-NPQRTUWXY]{18}$/i, message: 'GB 32100' }]} style={{ minWidth: 260 }}>
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item name="department" label={t('department')} rules={[{ required: true, whitespace: true }]} extra={t('department.hint')} style={{ minWidth: 260 }}>
              <Input />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item name={['currentPost', 'since']} label={t('currentPost.since')} rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name={['currentPost', 'unitKind']} label={t('currentPost.unitKind')} rules={[{ required: true }]} style={{ minWidth: 280 }}>
              <Select options={['separate', 'combined', 'other'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            <Form.Item name={['currentPost', 'tier']} label={t('currentPost.tier')} style={{ minWidth: 120 }}>
              <Select allowClear options={['provincial', 'city', 'county'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            <Form.Item name="heldTitleLevel" label={t('heldTitle')} style={{ minWidth: 160 }}>
              <Select allowClear options={['primary', 'intermediate', 'deputy-senior', 'senior'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            <Form.Item name="retirementDate" label={t('retirementDate')}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
          </Flex>
          <Flex gap={16} wrap>
            <Form.Item name={['employment', 'kind']} label={t('employment.kind')} rules={[{ required: true }]} style={{ minWidth: 260 }}>
              <Select options={['social-security-registration', 'labour-contract-filing', 'wage-records'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            {employmentKind === 'labour-contract-filing' && (
              <Form.Item name={['employment', 'filingNumber']} label={t('employment.filingNumber')} rules={[{ required: true, whitespace: true }]}>
                <Input />
              </Form.Item>
            )}
            {employmentKind === 'wage-records' && (
              <Form.Item name={['employment', 'months']} label={t('employment.months')} rules={[{ required: true }]}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
            )}
          </Flex>
        </Card>

        <Card size="small" style={{ marginBottom: 16 }}>
          {section(t('section.education'))}
          <Flex gap={16} wrap>
            <Form.Item name={['education', 'degree']} label={t('degree')} rules={[{ required: true }]} style={{ minWidth: 120 }}>
              <Select options={['associate', 'bachelor', 'master', 'doctor'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
            <Form.Item name={['education', 'institution']} label={t('institution')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name={['education', 'major']} label={t('major')} rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
            <Form.Item name={['education', 'graduatedOn']} label={t('graduatedOn')} rules={[{ required: true }]}>
              <DatePicker format="YYYY-MM-DD" />
            </Form.Item>
            <Form.Item name={['education', 'studyMode']} label={t('studyMode')} rules={[{ required: true }]} style={{ minWidth: 120 }}>
              <Select options={['full-time', 'part-time'].map((code) => ({ value: code, label: name(code) }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="continuingEducationPromise" valuePropName="checked">
            <Checkbox>{t('continuingEducationPromise')}</Checkbox>
          </Form.Item>
        </Card>

        <Card size="small" style={{ marginBottom: 16 }}>
          {section(t('section.materials'))}
          <Form.List name="materials">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => {
                  const type = (materials?.[index]?.type ?? 'paper') as MaterialType;
                  return (
                    <Card key={field.key} size="small" type="inner" title={`${index + 1}. ${MATERIAL_TYPE_NAMES[type][language]}`} extra={<Button size="small" onClick={() => remove(field.name)} aria-label={t('material.remove', { n: index + 1 })}>×</Button>}>
                      <Flex gap={16} wrap>
                        <Form.Item name={[field.name, 'type']} label={t('material.type')} rules={[{ required: true }]} style={{ minWidth: 160 }}>
                          <Select options={MATERIAL_TYPES.map((code) => ({ value: code, label: MATERIAL_TYPE_NAMES[code][language] }))} />
                        </Form.Item>
                        <Form.Item name={[field.name, 'title']} label={t('material.title')} rules={[{ required: true, whitespace: true, max: 200 }]} style={{ flex: 1, minWidth: 260 }}>
                          <Input />
                        </Form.Item>
                      </Flex>
                      {type === 'paper' && (
                        <Flex gap={16} wrap>
                          <Form.Item name={[field.name, 'cn']} label={t('material.cn')} rules={[{ pattern: /^CN\s?\d{2}-\d{4}/, message: 'CN 11-2260/TB' }]}>
                            <Input placeholder="CN 11-2260/TB" />
                          </Form.Item>
                          <Form.Item name={[field.name, 'issn']} label={t('material.issn')} rules={[{ pattern: /^\d{4}-\d{3}[\dX]$/, message: '1000-1158' }]}>
                            <Input placeholder="1000-1158" />
                          </Form.Item>
                        </Flex>
                      )}
                      {type === 'book' && (
                        <Form.Item name={[field.name, 'isbn']} label={t('material.isbn')}>
                          <Input />
                        </Form.Item>
                      )}
                      <Form.Item name={[field.name, 'firstPageStamped']} valuePropName="checked" style={{ marginBottom: 4 }}>
                        <Checkbox>{t('material.stamped')}</Checkbox>
                      </Form.Item>
                      <Typography.Text>
                        {t('material.parts', { parts: MATERIAL_PARTS[type].map((part) => PART_NAMES[part]?.[language] ?? part).join('、') })}（{t('material.uploadLater')}）
                      </Typography.Text>
                    </Card>
                  );
                })}
                <Button onClick={() => add({ type: 'paper', firstPageStamped: false })}>{t('material.add')}</Button>
              </Flex>
            )}
          </Form.List>
        </Card>

        <Refusal error={create.error} />
        <Button type="primary" htmlType="submit" loading={create.isPending} disabled={!plan.data} style={{ marginTop: 16 }}>
          {t('new.create')}
        </Button>
      </Form>
    </>
  );
}
