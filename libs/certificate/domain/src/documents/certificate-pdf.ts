import { BOLD, chinaDate, openDocument, parseInstant, REGULAR } from './document-fonts';
import type { QrCodeMatrix } from './qr-code';

/** What an electronic certificate (职称电子证书) shows; the caller resolves names and the QR code. */
export interface CertificateDocument {
  /** e.g. JILIN-2026-ENGINEERING-000042 */
  number: string;
  holderName: string;
  /** Masked as in publicity (R-PB-5): 110105********0012 */
  idNumberMasked: string;
  /** 工程技术 */
  seriesName: string;
  /** 质量 (a code when no name is known) */
  specialtyName: string;
  /** 副高级: see levelName() */
  levelName: string;
  /** As printed, e.g. 高级工程师, or `${levelName}${seriesName}` when unknown: the caller decides. */
  title: string;
  /** As printed, e.g. 吉林省 (see regionName) */
  region: string;
  /** R-CT-3: a directed certificate is valid only in this county, and says so prominently. */
  directedCounty: string | null;
  /** ISO datetime */
  issuedAt: string;
  issuer: string;
  verificationUrl: string;
  /** The QR code of the verification URL (qrCodeMatrix), drawn as vectors. */
  qrCode: QrCodeMatrix;
}

const INK = '#1a1a1a';
const RED = '#a61b1b';
const GREY = '#555555';

/**
 * The certificate as a one-page A4 PDF with Chinese text (Noto Sans SC, subset-embedded, so the
 * text layer is searchable and copyable). Deterministic: the same input gives the same bytes
 * (the creation date is the issue date).
 */
export function renderCertificatePdf(input: CertificateDocument): Promise<Buffer> {
  const issuedAt = parseInstant(input.issuedAt);
  const { doc, done } = openDocument(
    { title: `职称电子证书 ${input.number}`, author: input.issuer, subject: '专业技术职务任职资格电子证书', createdAt: issuedAt },
    56,
  );
  const { width, height } = doc.page;
  const left = 72;
  const contentWidth = width - 2 * left;

  // Frame
  doc.lineWidth(2.5).strokeColor(RED).rect(26, 26, width - 52, height - 52).stroke();
  doc.lineWidth(0.8).rect(33, 33, width - 66, height - 66).stroke();

  // Heading
  doc.fillColor(RED).font(BOLD).fontSize(24).text('专业技术职务任职资格电子证书', left, 78, { width: contentWidth, align: 'center' });
  doc.fillColor(GREY).font(REGULAR).fontSize(11).text(`证书编号：${input.number}`, left, 120, { width: contentWidth, align: 'center' });

  let y = 152;
  if (input.directedCounty) {
    // R-CT-3: marked as directed, and where it is valid, before anything else.
    const text = `定向评价 — 仅在 ${input.directedCounty} 范围内有效`;
    doc.font(BOLD).fontSize(16);
    const boxHeight = doc.heightOfString(text, { width: contentWidth - 24 }) + 16;
    doc.fillColor(RED).rect(left, y, contentWidth, boxHeight).fill();
    doc.fillColor('#ffffff').text(text, left + 12, y + 8, { width: contentWidth - 24, align: 'center' });
    y += boxHeight + 14;
  } else {
    y += 8;
  }

  doc.fillColor(INK).font(REGULAR).fontSize(13);
  const statement = `经评审，${input.holderName} 具备 ${input.title} 专业技术职务任职资格，特发此证。`;
  doc.text(statement, left, y, { width: contentWidth, lineGap: 4 });
  y += doc.heightOfString(statement, { width: contentWidth, lineGap: 4 }) + 18;

  const fields: Array<[string, string]> = [
    ['姓　　名', input.holderName],
    ['身份证号', input.idNumberMasked],
    ['职称系列', input.seriesName],
    ['专　　业', input.specialtyName],
    ['资格级别', input.levelName],
    ['资格名称', input.title],
    ['评审地区', input.region],
    ...(input.directedCounty ? ([['评价类型', `定向评价（${input.directedCounty}）`]] as Array<[string, string]>) : []),
    ['发证机构', input.issuer],
    ['发证日期', chinaDate(input.issuedAt)],
    ['证书编号', input.number],
  ];
  const labelWidth = 96;
  const valueLeft = left + labelWidth + 16;
  const valueWidth = contentWidth - labelWidth - 16;
  for (const [label, value] of fields) {
    doc.font(BOLD).fontSize(13).fillColor(GREY).text(label, left, y, { width: labelWidth });
    doc.font(REGULAR).fontSize(13).fillColor(INK).text(value, valueLeft, y, { width: valueWidth });
    const rowHeight = Math.max(doc.heightOfString(value, { width: valueWidth }), 18);
    doc.lineWidth(0.4).strokeColor('#cccccc').moveTo(valueLeft, y + rowHeight + 3).lineTo(left + contentWidth, y + rowHeight + 3).stroke();
    y += rowHeight + 14;
  }

  // QR code and where it leads (R-CT-2), at the foot of the page.
  const qrSize = 118;
  const qrTop = Math.max(y + 16, height - 250);
  const qrLeft = left + contentWidth - qrSize;
  drawQrCode(doc, input.qrCode, qrLeft, qrTop, qrSize);
  doc.link(qrLeft, qrTop, qrSize, qrSize, input.verificationUrl);
  doc.font(BOLD).fontSize(11).fillColor(INK).text('扫码查验', qrLeft, qrTop + qrSize + 4, { width: qrSize, align: 'center' });

  const noteWidth = contentWidth - qrSize - 24;
  doc.font(REGULAR).fontSize(10).fillColor(GREY);
  doc.text('本证书由发证机构以 SM2 电子签名签发。扫描右侧二维码，或访问下方查验网址，可核验证书真伪及当前状态（有效或已撤销）。', left, qrTop + 8, {
    width: noteWidth,
    lineGap: 3,
  });

  // The URL on one line, smaller if it must be, so it can be typed and found as one string.
  const urlTop = qrTop + qrSize + 26;
  doc.font(BOLD).fontSize(9).fillColor(INK).text('查验网址：', left, urlTop, { lineBreak: false });
  const urlLeft = left + doc.widthOfString('查验网址：') + 2;
  const urlWidth = left + contentWidth - urlLeft;
  let urlSize = 9;
  doc.font(REGULAR);
  while (urlSize > 6 && doc.fontSize(urlSize).widthOfString(input.verificationUrl) > urlWidth) urlSize -= 0.5;
  const fits = doc.widthOfString(input.verificationUrl) <= urlWidth;
  doc.text(input.verificationUrl, urlLeft, urlTop + (9 - urlSize) * 0.8, { width: urlWidth, lineBreak: !fits, link: input.verificationUrl });

  doc.end();
  return done;
}

/** Draws the QR code with a one-module quiet zone, each row's runs of dark modules as one rectangle. */
function drawQrCode(doc: PDFKit.PDFDocument, qr: QrCodeMatrix, left: number, top: number, size: number): void {
  const module = size / (qr.size + 2);
  for (let row = 0; row < qr.size; row++) {
    for (let column = 0; column < qr.size; ) {
      if (!qr.isDark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < qr.size && qr.isDark(row, column)) column++;
      doc.rect(left + (start + 1) * module, top + (row + 1) * module, (column - start) * module, module);
    }
  }
  doc.fillColor('#000000').fill();
}
