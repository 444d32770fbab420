const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHECK_CODE = /^[0-9a-f]{12}$/;

/**
 * The public verification address printed on a certificate and carried by its QR code (R-CT-2):
 * `${base}/certificates/${id}/verification?code=${checkCode}`. It names the certificate and a check
 * code and nothing else: no name, no identity number, so a scanned code gives nothing away.
 */
export function verificationUrl(baseUrl: string, certificateId: string, checkCode: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`verification base URL must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`verification base URL must be an http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`verification base URL must carry no query, fragment or credentials, got ${JSON.stringify(baseUrl)}`);
  }
  if (!UUID.test(certificateId)) throw new Error(`certificate id must be a UUID, got ${JSON.stringify(certificateId)}`);
  if (!CHECK_CODE.test(checkCode)) throw new Error('check code must be 12 lowercase hexadecimal digits');
  return `${baseUrl.replace(/\/+$/, '')}/certificates/${certificateId}/verification?code=${checkCode}`;
}
