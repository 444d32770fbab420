import { sm2 } from 'sm-crypto-v2';

/** What a certificate asserts; exactly these fields are signed. */
export interface CertificateContent {
  id: string;
  number: string;
  declarationId: string;
  holderName: string;
  series: string;
  level: string;
  issuedAt: string;
  issuer: string;
}

/** Numbers run per region, year and series: `TIANJIN-2026-ENGINEERING-000042`. */
export function certificateNumber(scope: { region: string; year: number; series: string }, serial: number): string {
  const part = (text: string) => text.toUpperCase().replace(/[^0-9A-Z]+/g, '');
  return `${part(scope.region)}-${scope.year}-${part(scope.series)}-${String(serial).padStart(6, '0')}`;
}

/** Stable serialisation (sorted keys), so a verifier recomputes the same bytes. */
export function canonicalPayload(content: CertificateContent): string {
  const sorted = Object.fromEntries(Object.entries(content).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify(sorted);
}

export interface SigningKeys {
  privateKey: string;
  publicKey: string;
}

/** SM2 signature over the SM3 digest (with the signer's Z value) of the canonical payload. */
export function signPayload(payload: string, keys: SigningKeys): string {
  return sm2.doSignature(payload, keys.privateKey, { hash: true, publicKey: keys.publicKey });
}

export function verifyPayload(payload: string, signature: string, publicKey: string): boolean {
  try {
    return sm2.doVerifySignature(payload, signature, publicKey, { hash: true });
  } catch {
    return false;
  }
}
