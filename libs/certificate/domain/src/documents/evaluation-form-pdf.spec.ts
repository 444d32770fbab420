import { renderEvaluationFormPdf, type EvaluationFormDocument } from './evaluation-form-pdf';
import { pdfText } from '@zc/testing';

function form(overrides: Partial<EvaluationFormDocument> = {}): EvaluationFormDocument {
  return {
    certificateNumber: 'JILIN-2026-ENGINEERING-000042',
    holderName: '张三丰',
    idNumberMasked: '110105********0012',
    employerCreditCode: '91440300708461136T',
    seriesName: '工程技术',
    specialtyName: '质量',
    levelName: '副高级',
    title: '高级工程师',
    channel: 'exceptional',
    directedCounty: null,
    committee: '吉林省工程技术系列高级职称评审委员会',
    decision: { outcome: 'pass', attending: 15, votesFor: 11, votesAgainst: 3, abstentions: 1, decidedAt: '2026-02-10T06:00:00.000Z' },
    publicity: { opensAt: '2026-02-12T00:00:00.000Z', closesAt: '2026-02-19T00:00:00.000Z', publishedAt: '2026-02-20T01:00:00.000Z' },
    issuer: '吉林省人力资源和社会保障厅',
    issuedAt: '2026-03-05T02:00:00.000Z',
    ...overrides,
  };
}

describe('evaluation form PDF (评审表, R-CT-1)', () => {
  let pdf: Buffer;
  let text: string;

  beforeAll(async () => {
    pdf = await renderEvaluationFormPdf(form());
    text = await pdfText(pdf);
  }, 30_000);

  it('is a compact PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('shows the applicant, the title and the channel', () => {
    for (const part of ['专业技术职务任职资格评审表', '张三丰', '110105********0012', '91440300708461136T', '高级工程师', '副高级', '工程技术', '质量', '破格', 'JILIN-2026-ENGINEERING-000042']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('定向');
  });

  it('shows the vote: attending, for, against, abstaining, and what a pass needs (R-CM-7)', () => {
    expect(text).toContain('参评委员 同意 不同意 弃权 通过所需同意票');
    expect(text).toContain('15 11 3 1 10');
    expect(text).toContain('表决结果 通过');
    expect(text).toContain('2026年2月10日');
  });

  it('shows the publicity window and the issuer', () => {
    expect(text).toContain('公示期 2026年2月12日 至 2026年2月19日');
    expect(text).toContain('结果公布日期 2026年2月20日');
    expect(text).toContain('吉林省人力资源和社会保障厅');
    expect(text).toContain('2026年3月5日');
  });

  it('marks a directed evaluation and its county (R-CT-3)', async () => {
    const directed = await pdfText(await renderEvaluationFormPdf(form({ channel: 'directed', directedCounty: '长白朝鲜族自治县' })));
    expect(directed).toContain('申报渠道 定向');
    expect(directed).toContain('长白朝鲜族自治县');
  });

  it('prints a dash for an unknown publicity opening and decision date', async () => {
    const undated = await pdfText(await renderEvaluationFormPdf(form({ publicity: { opensAt: null, closesAt: null, publishedAt: '2026-02-20T01:00:00.000Z' }, decision: { ...form().decision, decidedAt: null } })));
    expect(undated).toContain('公示期 — 至 —');
    expect(undated).toContain('表决日期 —');
  });

  it('refuses to print 通过 for fewer than two thirds in favour (R-CM-7)', () => {
    expect(() => renderEvaluationFormPdf(form({ decision: { outcome: 'pass', attending: 15, votesFor: 9, votesAgainst: 5, abstentions: 1, decidedAt: null } }))).toThrow(/two thirds/);
    expect(() => renderEvaluationFormPdf(form({ decision: { outcome: 'pass', attending: 9, votesFor: 6, votesAgainst: 3, abstentions: 1, decidedAt: null } }))).toThrow(/more votes/);
  });

  it('prints a failed vote as 未通过, even with two thirds (a pass-rate cap can fail it, R-CM-9)', async () => {
    const failed = await pdfText(await renderEvaluationFormPdf(form({ decision: { outcome: 'fail', attending: 9, votesFor: 6, votesAgainst: 3, abstentions: 0, decidedAt: null } })));
    expect(failed).toContain('表决结果 未通过');
    expect(failed).toContain('9 6 3 0 6');
  });
});
