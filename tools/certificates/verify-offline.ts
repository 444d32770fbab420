import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyPayload } from '@zc/certificate/domain';

/**
 * Checks a certificate with no connection to the platform (R-CT-2, R-CT-4): its SM2/SM3 signature
 * against the published public key and, given a saved revocation list (itself signed), whether it
 * was revoked.
 *   npm run certificate:verify -- --certificate cert.json --public-key <hex> [--revocations list.json]
 * cert.json holds `payload` and `signature` (as GET /certificates/:id answers); list.json is what
 * GET /certificates/revocations answers. Prints the verdict; exits 0 valid, 1 invalid, 2 revoked.
 */
const { values } = parseArgs({ options: { certificate: { type: 'string' }, 'public-key': { type: 'string' }, revocations: { type: 'string' } } });

function signed(file: string): { payload: string; signature: string } {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { payload?: unknown; signature?: unknown };
  if (typeof document.payload !== 'string' || typeof document.signature !== 'string') throw new Error(`${file} holds no signed payload`);
  return { payload: document.payload, signature: document.signature };
}

function main(): number {
  const publicKey = values['public-key'];
  if (!values.certificate || !publicKey) throw new Error('usage: --certificate <file> --public-key <hex> [--revocations <file>]');
  const certificate = signed(values.certificate);
  if (!verifyPayload(certificate.payload, certificate.signature, publicKey)) {
    console.log(JSON.stringify({ status: 'invalid-signature' }));
    return 1;
  }
  const content = JSON.parse(certificate.payload) as { number: string; holderName: string; series: string; level: string; issuedAt: string };
  if (values.revocations) {
    const list = signed(values.revocations);
    if (!verifyPayload(list.payload, list.signature, publicKey)) {
      console.log(JSON.stringify({ status: 'invalid-revocation-list' }));
      return 1;
    }
    const revoked = (JSON.parse(list.payload) as { revoked: { number: string; revokedAt: string }[] }).revoked.find((r) => r.number === content.number);
    if (revoked) {
      console.log(JSON.stringify({ status: 'revoked', number: content.number, revokedAt: revoked.revokedAt }));
      return 2;
    }
  }
  console.log(JSON.stringify({ status: 'valid', number: content.number, series: content.series, level: content.level, issuedAt: content.issuedAt }));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
