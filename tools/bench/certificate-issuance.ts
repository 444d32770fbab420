import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  canonicalPayload,
  certificateNumber,
  DEVELOPMENT_SIGNING_KEYS,
  levelName,
  preloadDocumentFonts,
  qrCodeMatrix,
  renderCertificatePdf,
  renderEvaluationFormPdf,
  signPayload,
  verificationUrl,
  type CertificateContent,
} from '@zc/certificate/domain';
import { catalogueNames, SEED_CATALOGUE } from '@zc/intake/domain';
import { maskIdentityNumber } from '@zc/national-standards';

/**
 * Issuing certificates, in one process and no I/O: what the documents add to a signature. For N
 * certificates it measures a baseline, the bare SM2 signature over the canonical payload, and the
 * full issuance, signature + QR code of the verification URL + certificate PDF + evaluation form
 * PDF (Noto Sans SC, subset-embedded). Both run warm (fonts loaded, code compiled) and one after
 * the other, as a single worker would. Prints certificates per second for each, their ratio, the
 * mean PDF sizes and where the time of a full issuance goes.
 *
 *   npm run bench:certificates -- [--count 300]
 */
const args = new Map(process.argv.slice(2).map((arg, i, all) => [arg, all[i + 1]] as const));
const COUNT = Number(args.get('--count') ?? '300');
if (!Number.isInteger(COUNT) || COUNT < 1) throw new Error(`--count must be a positive integer, got ${args.get('--count')}`);
const WARM_UP = Math.min(COUNT, 30);

const DEV_KEYS = DEVELOPMENT_SIGNING_KEYS; // refused in production: never sign a real certificate with it
const BASE_URL = 'https://zc.example.gov.cn';
const ISSUER = '吉林省人力资源和社会保障厅';
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '欧阳', '司马'];
const GIVEN_NAMES = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '杰', '勇', '军', '建国', '淑华'];
const SPECIALTIES = ['质量', '机械', '电气', '土木建筑', '计量', '化工'];
const COUNTIES = ['长白朝鲜族自治县', '安图县', '汪清县'];

interface Case {
  content: CertificateContent;
  checkCode: string;
  specialtyName: string;
  /** As certificate prints them: the catalogue's series name and the title the level confers. */
  seriesName: string;
  title: string;
  channel: string;
}

function sampleCase(i: number): Case {
  const directed = i % 7 === 0;
  const level = i % 3 === 0 ? 'senior' : 'deputy-senior';
  const names = catalogueNames(SEED_CATALOGUE, 'engineering', '', level);
  return {
    content: {
      id: randomUUID(),
      number: certificateNumber({ region: 'jilin', year: 2026, series: 'engineering' }, i + 1),
      declarationId: randomUUID(),
      holderName: `${SURNAMES[i % SURNAMES.length]}${GIVEN_NAMES[(i * 7) % GIVEN_NAMES.length]}`,
      idNumber: `220102198${i % 10}0101${String(i % 1000).padStart(3, '0')}X`,
      series: 'engineering',
      specialty: `eng-${i % SPECIALTIES.length}`,
      level,
      region: 'jilin',
      directedCounty: directed ? (COUNTIES[i % COUNTIES.length] ?? null) : null,
      issuedAt: new Date(Date.UTC(2026, 2, 5, 2, 0, i)).toISOString(),
      issuer: ISSUER,
    },
    checkCode: randomBytes(6).toString('hex'),
    specialtyName: SPECIALTIES[i % SPECIALTIES.length] ?? '质量',
    seriesName: names.seriesName,
    title: names.titleName ?? `${names.seriesName}${levelName(level)}`,
    channel: directed ? 'directed' : i % 5 === 0 ? 'exceptional' : 'normal',
  };
}


function bare(c: Case): string {
  return signPayload(canonicalPayload(c.content), DEV_KEYS);
}

interface Parts {
  sign: number;
  qr: number;
  certificate: number;
  form: number;
  certificateBytes: number;
  formBytes: number;
}

async function full(c: Case, parts: Parts): Promise<void> {
  const { content } = c;
  let t = performance.now();
  bare(c);
  parts.sign += performance.now() - t;

  t = performance.now();
  const url = verificationUrl(BASE_URL, content.id, c.checkCode);
  const qrCode = qrCodeMatrix(url);
  parts.qr += performance.now() - t;

  const level = levelName(content.level);
  t = performance.now();
  const certificate = await renderCertificatePdf({
    number: content.number,
    holderName: content.holderName,
    idNumberMasked: maskIdentityNumber(content.idNumber),
    seriesName: c.seriesName,
    specialtyName: c.specialtyName,
    levelName: level,
    title: c.title,
    region: content.region,
    directedCounty: content.directedCounty,
    issuedAt: content.issuedAt,
    issuer: content.issuer,
    verificationUrl: url,
    qrCode,
  });
  parts.certificate += performance.now() - t;
  parts.certificateBytes += certificate.length;

  t = performance.now();
  const form = await renderEvaluationFormPdf({
    certificateNumber: content.number,
    holderName: content.holderName,
    idNumberMasked: maskIdentityNumber(content.idNumber),
    employerCreditCode: '91220101MA0000000X',
    seriesName: c.seriesName,
    specialtyName: c.specialtyName,
    levelName: level,
    title: c.title,
    channel: c.channel,
    directedCounty: content.directedCounty,
    committee: '吉林省工程技术系列高级职称评审委员会',
    decision: { outcome: 'pass', attending: 15, votesFor: 11, votesAgainst: 3, abstentions: 1, decidedAt: '2026-02-10T06:00:00.000Z' },
    publicity: { opensAt: '2026-02-12T00:00:00.000Z', closesAt: '2026-02-19T00:00:00.000Z', publishedAt: '2026-02-20T01:00:00.000Z' },
    issuer: content.issuer,
    issuedAt: content.issuedAt,
  });
  parts.form += performance.now() - t;
  parts.formBytes += form.length;
}

const emptyParts = (): Parts => ({ sign: 0, qr: 0, certificate: 0, form: 0, certificateBytes: 0, formBytes: 0 });

async function main() {
  const cases = Array.from({ length: COUNT }, (_, i) => sampleCase(i));
  const warmCases = Array.from({ length: WARM_UP }, (_, i) => sampleCase(COUNT + i));

  let t = performance.now();
  preloadDocumentFonts();
  const fontLoad = performance.now() - t;
  for (const c of warmCases) bare(c);
  for (const c of warmCases) await full(c, emptyParts());

  t = performance.now();
  for (const c of cases) bare(c);
  const bareSeconds = (performance.now() - t) / 1000;

  const parts = emptyParts();
  t = performance.now();
  for (const c of cases) await full(c, parts);
  const fullSeconds = (performance.now() - t) / 1000;

  const bareRate = COUNT / bareSeconds;
  const fullRate = COUNT / fullSeconds;
  const perCert = (ms: number) => (ms / COUNT).toFixed(2).padStart(6);
  const memory = process.memoryUsage();
  console.log(`\ncertificate issuance, ${COUNT} certificates in one process (warm-up: ${WARM_UP}, font load and parse ${fontLoad.toFixed(0)} ms once)`);
  console.log('run                                         | certificates/s | ms per certificate');
  console.log(`bare: SM2 signature of the canonical payload | ${bareRate.toFixed(1).padStart(14)} | ${((bareSeconds * 1000) / COUNT).toFixed(2).padStart(6)}`);
  console.log(`full: signature + QR + certificate + form   | ${fullRate.toFixed(1).padStart(14)} | ${((fullSeconds * 1000) / COUNT).toFixed(2).padStart(6)}`);
  console.log(`ratio full/bare (rate): ${(fullRate / bareRate).toFixed(3)}  (a full issuance takes ${(bareRate / fullRate).toFixed(1)}× the bare signature's time)`);
  console.log(`\nper certificate, ms: sign ${perCert(parts.sign)} | QR ${perCert(parts.qr)} | certificate PDF ${perCert(parts.certificate)} | evaluation form PDF ${perCert(parts.form)}`);
  console.log(`mean PDF size: certificate ${(parts.certificateBytes / COUNT / 1024).toFixed(1)} kB, evaluation form ${(parts.formBytes / COUNT / 1024).toFixed(1)} kB`);
  console.log(`memory after: rss ${(memory.rss / 2 ** 20).toFixed(0)} MB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
