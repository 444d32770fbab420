import { sm2 } from 'sm-crypto-v2';
import { toCalendarDate, yearOf } from '@zc/calendar';

/** What a certificate asserts; exactly these fields are signed. */
export interface CertificateContent {
  id: string;
  number: string;
  declarationId: string;
  holderName: string;
  /** Ties the title to one person; the public only ever sees it masked. */
  idNumber: string;
  series: string;
  specialty: string;
  level: string;
  region: string;
  /** R-CT-3: a directed (定向) title, valid only in this county; null for every other title. */
  directedCounty: string | null;
  issuedAt: string;
  issuer: string;
}

/** One run of certificate numbers. */
export interface NumberingScope {
  region: string;
  year: number;
  series: string;
}

/**
 * The run a certificate issued at `issuedAt` is numbered in. The year is the Beijing calendar's,
 * as every date of the platform is: issued at 01:00 on 1 January in Beijing, a certificate is that
 * year's, though UTC still says 31 December of the last.
 */
export function numberingScopeOf(dossier: { region: string; series: string }, issuedAt: Date): NumberingScope {
  return { region: dossier.region, year: yearOf(toCalendarDate(issuedAt)), series: dossier.series };
}

/** Numbers run per region, year and series: `TIANJIN-2026-ENGINEERING-000042`. */
export function certificateNumber(scope: NumberingScope, serial: number): string {
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

/** A development key pair, for local runs, tests and benchmarks; configuration refuses it in production. */
export const DEVELOPMENT_SIGNING_KEYS: SigningKeys = {
  privateKey: '3b68932c8788b9e52be75c4b8b7696d5c3044f48d48abc695946a9568b5bfaff',
  publicKey: '044337f55f9662a88dd75cf9ef5fdba381db268d92e29256068f65f033d319fdccb059edeee2d50800606c7b61ef954bb6d36b97d6fffe2cf2492b82ecf0b6aaab',
};

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
