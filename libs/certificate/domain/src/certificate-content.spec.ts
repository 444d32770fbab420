import { sm2 } from 'sm-crypto-v2';
import { canonicalPayload, certificateNumber, numberingScopeOf, signPayload, verifyPayload, type CertificateContent } from './certificate-content';

const content: CertificateContent = {
  id: '6f1c1f5e-8f43-4c2e-9d1a-0a8f0e2a4b11',
  number: 'TIANJIN-2026-ENGINEERING-000001',
  declarationId: '0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10',
  holderName: '张三',
  idNumber: '11010519491231002X',
  series: 'engineering',
  specialty: 'metrology',
  level: 'intermediate',
  region: 'tianjin',
  directedCounty: null,
  issuedAt: '2026-11-22T08:00:00.000Z',
  issuer: 'test bureau',
};

describe('certificate content', () => {
  const keys = sm2.generateKeyPairHex();

  it('numbers by region, year and series', () => {
    expect(certificateNumber({ region: 'tianjin', year: 2026, series: 'engineering' }, 42)).toBe('TIANJIN-2026-ENGINEERING-000042');
  });

  it('numbers by the Beijing year: issued at 01:00 on 1 January 2024 in Beijing (still 2023 in UTC), a 2024 number', () => {
    const dossier = { region: 'tianjin', series: 'engineering' };
    const scopeAt = (instant: string) => numberingScopeOf(dossier, new Date(instant));
    expect(certificateNumber(scopeAt('2024-01-01T01:00:00+08:00'), 1)).toBe('TIANJIN-2024-ENGINEERING-000001');
    expect(scopeAt('2024-01-01T00:00:00+08:00').year).toBe(2024);
    expect(scopeAt('2023-12-31T23:59:59.999+08:00').year).toBe(2023);
    expect(scopeAt('2024-12-31T23:30:00+08:00').year).toBe(2024); // 15:30 UTC: the same year either way
  });

  it('serialises with sorted keys whatever the field order', () => {
    const reordered = Object.fromEntries(Object.entries(content).reverse()) as unknown as CertificateContent;
    expect(canonicalPayload(reordered)).toBe(canonicalPayload(content));
  });

  it('verifies its own SM2 signature and rejects a payload changed by one byte', () => {
    const payload = canonicalPayload(content);
    const signature = signPayload(payload, keys);
    expect(verifyPayload(payload, signature, keys.publicKey)).toBe(true);
    expect(verifyPayload(payload.replace('张三', '张四'), signature, keys.publicKey)).toBe(false);
    expect(verifyPayload(payload, signature, sm2.generateKeyPairHex().publicKey)).toBe(false);
  });
});
