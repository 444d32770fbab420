import { renderCertificatePdf, type CertificateDocument } from './certificate-pdf';
import { levelName } from './printed-names';
import { pdfText } from '@zc/testing';
import { qrCodeMatrix } from './qr-code';
import { verificationUrl } from './verification-url';

const URL = verificationUrl('https://zc.example.gov.cn', '3f2b8c1e-9a4d-4e2f-8b6a-1c2d3e4f5a6b', '0123456789ab');

async function certificate(overrides: Partial<CertificateDocument> = {}): Promise<CertificateDocument> {
  return {
    number: 'JILIN-2026-ENGINEERING-000042',
    holderName: '张三丰',
    idNumberMasked: '110105********0012',
    seriesName: '工程技术',
    specialtyName: '质量',
    levelName: levelName('deputy-senior'),
    title: '高级工程师',
    region: 'jilin',
    directedCounty: null,
    issuedAt: '2026-03-05T02:00:00.000Z',
    issuer: '吉林省人力资源和社会保障厅',
    verificationUrl: URL,
    qrCode: qrCodeMatrix(URL),
    ...overrides,
  };
}

describe('certificate PDF', () => {
  let normal: Buffer;
  let normalText: string;

  beforeAll(async () => {
    normal = await renderCertificatePdf(await certificate()); // the first render also loads the fonts
    normalText = await pdfText(normal);
  }, 30_000);

  it('is a compact PDF with the font subset embedded, not the 10 MB font', () => {
    expect(normal.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(normal.length).toBeLessThan(150_000);
    const raw = normal.toString('latin1');
    expect(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/.test(raw)).toBe(true); // a subset's tagged name
    expect(raw.includes('/FontFile2')).toBe(true);
  });

  it('carries the holder, the title, the level and the number as text', () => {
    for (const text of ['专业技术职务任职资格电子证书', '张三丰', '110105********0012', '高级工程师', '副高级', '工程技术', '质量', 'JILIN-2026-ENGINEERING-000042', '2026年3月5日', '吉林省人力资源和社会保障厅', '扫码查验']) {
      expect(normalText).toContain(text);
    }
  });

  it('prints the verification URL as text, and its QR code as vectors with no image embedded', () => {
    expect(normalText).toContain(URL);
    expect(normal.toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('does not mark a normal certificate as directed', () => {
    expect(normalText).not.toContain('定向');
  });

  it('marks a directed certificate and where it is valid (R-CT-3)', async () => {
    const text = await pdfText(await renderCertificatePdf(await certificate({ directedCounty: '长白朝鲜族自治县' })));
    expect(text).toContain('定向评价 — 仅在 长白朝鲜族自治县 范围内有效');
    expect(text).toContain('定向评价（长白朝鲜族自治县）');
  });

  it('is deterministic: the same certificate gives the same bytes, dated when it was issued', async () => {
    const again = await renderCertificatePdf(await certificate());
    expect(again.equals(normal)).toBe(true);
    // Matched with includes(): a failing toContain would print the whole binary file.
    const raw = normal.toString('latin1');
    expect(raw.includes('(D:20260305020000Z)')).toBe(true); // CreationDate and ModDate
    expect(raw.includes('(zhicheng certificate service)')).toBe(true); // Creator
  });

  it('prints nothing while rendering and reading', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => jest.spyOn(console, method).mockImplementation(() => undefined));
    try {
      await pdfText(await renderCertificatePdf(await certificate({ holderName: '李四' })));
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('refuses an issue date that is not an ISO datetime', async () => {
    await expect(async () => renderCertificatePdf(await certificate({ issuedAt: 'yesterday' }))).rejects.toThrow(/ISO datetime/);
  });
});
