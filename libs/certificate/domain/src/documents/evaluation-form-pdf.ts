import { BOLD, chinaDate, openDocument, parseInstant, REGULAR } from './document-fonts';
import { channelName } from './printed-names';

/** What the electronic evaluation form (职称评审表, R-CT-1) shows. */
export interface EvaluationFormDocument {
  certificateNumber: string;
  holderName: string;
  idNumberMasked: string;
  employerCreditCode: string;
  seriesName: string;
  specialtyName: string;
  levelName: string;
  title: string;
  /** normal | exceptional | direct-vocational | early-graduate | grassroots-3010 | directed | … */
  channel: string;
  directedCounty: string | null;
  /** Committee id or name */
  committee: string;
  decision: { outcome: 'pass' | 'fail'; attending: number; votesFor: number; votesAgainst: number; abstentions: number; decidedAt: string | null };
  publicity: { opensAt: string | null; closesAt: string | null; publishedAt: string };
  issuer: string;
  issuedAt: string;
}

const INK = '#1a1a1a';
const LABEL_FILL = '#f1f1f1';
const SECTION_FILL = '#d9d9d9';
const LINE = '#555555';
const FONT_SIZE = 10.5;
const PAD = 5;

interface Cell {
  text: string;
  /** Columns of the grid it spans (the grid has `columns` equal columns) */
  span: number;
  kind?: 'label' | 'value' | 'section';
  align?: 'left' | 'center';
}

/** R-CM-7 in integers, as the committee counts it: at least two thirds of the attending in favour. */
function votesNeeded(attending: number): number {
  return Math.ceil((attending * 2) / 3);
}

function checkDecision(decision: EvaluationFormDocument['decision']): void {
  const counts = [decision.attending, decision.votesFor, decision.votesAgainst, decision.abstentions];
  if (!counts.every((n) => Number.isInteger(n) && n >= 0)) throw new Error('vote counts must be non-negative integers');
  if (decision.votesFor + decision.votesAgainst + decision.abstentions > decision.attending) {
    throw new Error(`more votes (${decision.votesFor} + ${decision.votesAgainst} + ${decision.abstentions}) than attending members (${decision.attending})`);
  }
  // A form must not print 通过 for a vote the rule says failed (R-CM-7). The converse can happen:
  // a pass-rate cap (R-CM-9) fails some declarations that had two thirds.
  if (decision.outcome === 'pass' && (decision.attending === 0 || decision.votesFor * 3 < decision.attending * 2)) {
    throw new Error(`a pass needs at least two thirds of the ${decision.attending} attending members in favour, got ${decision.votesFor} (R-CM-7)`);
  }
}

/**
 * The evaluation form as an A4 PDF: applicant, review (the anonymous vote's counts), publicity
 * and issue, laid out as a ruled table. Deterministic like the certificate.
 */
export function renderEvaluationFormPdf(input: EvaluationFormDocument): Promise<Buffer> {
  checkDecision(input.decision);
  const issuedAt = parseInstant(input.issuedAt);
  const orDash = (iso: string | null) => (iso ? chinaDate(iso) : '—');
  const { decision, publicity } = input;

  const { doc, done } = openDocument(
    { title: `职称评审表 ${input.certificateNumber}`, author: input.issuer, subject: '专业技术职务任职资格评审表', createdAt: issuedAt },
    40,
  );
  const left = doc.page.margins.left;
  const tableWidth = doc.page.width - left - doc.page.margins.right;
  const columns = 20;
  const unit = tableWidth / columns;
  let y = 48;

  doc.fillColor(INK).font(BOLD).fontSize(20).text('专业技术职务任职资格评审表', left, y, { width: tableWidth, align: 'center' });
  y += 34;
  doc.font(REGULAR).fontSize(10).text(`（职称评审表）\u3000证书编号：${input.certificateNumber}`, left, y, { width: tableWidth, align: 'center' });
  y += 26;

  const fontOf = (cell: Cell) => (cell.kind === 'value' || cell.kind === undefined ? REGULAR : BOLD);
  const row = (cells: Cell[]) => {
    const total = cells.reduce((sum, cell) => sum + cell.span, 0);
    if (total !== columns) throw new Error(`row spans ${total} of ${columns} columns`);
    let height = 22;
    for (const cell of cells) {
      doc.font(fontOf(cell)).fontSize(FONT_SIZE);
      height = Math.max(height, doc.heightOfString(cell.text, { width: cell.span * unit - 2 * PAD }) + 2 * PAD);
    }
    let x = left;
    for (const cell of cells) {
      const w = cell.span * unit;
      const fill = cell.kind === 'section' ? SECTION_FILL : cell.kind === 'label' ? LABEL_FILL : null;
      if (fill) doc.fillColor(fill).rect(x, y, w, height).fill();
      doc.lineWidth(0.6).strokeColor(LINE).rect(x, y, w, height).stroke();
      doc.font(fontOf(cell)).fontSize(FONT_SIZE);
      const textHeight = doc.heightOfString(cell.text, { width: w - 2 * PAD });
      doc.fillColor(INK).text(cell.text, x + PAD, y + (height - textHeight) / 2, { width: w - 2 * PAD, align: cell.align ?? (cell.kind === 'value' ? 'left' : 'center') });
      x += w;
    }
    y += height;
  };
  const section = (title: string) => row([{ text: title, span: columns, kind: 'section', align: 'left' }]);
  const label = (text: string, span = 4): Cell => ({ text, span, kind: 'label' });
  const value = (text: string, span = 6): Cell => ({ text, span, kind: 'value' });

  section('一、申报人基本情况');
  row([label('姓名'), value(input.holderName), label('身份证号'), value(input.idNumberMasked)]);
  row([label('统一社会信用代码'), value(input.employerCreditCode, 16)]);
  row([label('职称系列'), value(input.seriesName), label('专业'), value(input.specialtyName)]);
  row([label('评审级别'), value(input.levelName), label('申报渠道'), value(channelName(input.channel))]);
  row([label('资格名称'), value(input.title, 16)]);
  if (input.directedCounty) row([label('定向评价范围'), value(`${input.directedCounty}（定向评价，仅在该范围内有效）`, 16)]);

  section('二、评审情况');
  row([label('评审委员会'), value(input.committee, 16)]);
  row([label('表决日期'), value(orDash(decision.decidedAt)), label('表决方式'), value('无记名投票')]);
  row([label('参评委员'), label('同意'), label('不同意'), label('弃权'), label('通过所需同意票')]);
  const count = (n: number): Cell => ({ text: String(n), span: 4, kind: 'value', align: 'center' });
  row([count(decision.attending), count(decision.votesFor), count(decision.votesAgainst), count(decision.abstentions), count(votesNeeded(decision.attending))]);
  row([label('表决结果'), value(`${decision.outcome === 'pass' ? '通过' : '未通过'}（同意票不少于参评委员的三分之二为通过）`, 16)]);

  section('三、公示情况');
  row([label('公示期'), value(`${orDash(publicity.opensAt)} 至 ${orDash(publicity.closesAt)}`, 16)]);
  row([label('结果公布日期'), value(chinaDate(publicity.publishedAt), 16)]);

  section('四、发证');
  row([label('发证机构'), value(input.issuer), label('发证日期'), value(chinaDate(input.issuedAt))]);
  row([label('证书编号'), value(input.certificateNumber, 16)]);

  y += 14;
  doc.font(REGULAR).fontSize(9).fillColor('#555555').text(
    `本表根据评审委员会表决结果及公示结果生成，与职称电子证书（编号 ${input.certificateNumber}）配套使用，可凭证书编号在线查验。`,
    left,
    y,
    { width: tableWidth, lineGap: 2 },
  );

  doc.end();
  return done;
}
