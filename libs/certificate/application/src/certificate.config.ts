import { z } from 'zod';
import { DEVELOPMENT_SIGNING_KEYS } from '@zc/certificate/domain';
import { DEFAULT_PORTS, loadExtraConfig } from '@zc/platform';

const { privateKey: DEV_PRIVATE_KEY, publicKey: DEV_PUBLIC_KEY } = DEVELOPMENT_SIGNING_KEYS;

export const certificateSettings = loadExtraConfig(
  'certificate',
  z
    .object({
      NODE_ENV: z.string().default('development'),
      CERTIFICATE_SM2_PRIVATE_KEY: z.string().regex(/^[0-9a-f]{64}$/i, 'must be a 64-hex-digit SM2 private key').default(DEV_PRIVATE_KEY),
      CERTIFICATE_SM2_PUBLIC_KEY: z.string().regex(/^04[0-9a-f]{128}$/i, 'must be an uncompressed SM2 public key').default(DEV_PUBLIC_KEY),
      CERTIFICATE_ISSUER: z.string().min(1).default('职称评审服务平台 (development)'),
      /** Where the public reaches verification; the QR code holds this URL with the id and check code (R-CT-2). */
      CERTIFICATE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
      HTTP_PORT: z.coerce.number().int().positive().default(DEFAULT_PORTS.certificate),
      /** PDF rendering jobs run at once per instance; each takes a core while it runs. */
      CERTIFICATE_RENDER_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.CERTIFICATE_SM2_PRIVATE_KEY !== DEV_PRIVATE_KEY, {
      path: ['CERTIFICATE_SM2_PRIVATE_KEY'],
      message: 'must be set in production',
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.CERTIFICATE_PUBLIC_URL, { path: ['CERTIFICATE_PUBLIC_URL'], message: 'must be set in production: it goes into every QR code' })
    // Outside production the service's own address is good enough for a QR code scanned on this machine.
    .transform(({ HTTP_PORT, ...env }) => ({ ...env, CERTIFICATE_PUBLIC_URL: env.CERTIFICATE_PUBLIC_URL ?? `http://127.0.0.1:${HTTP_PORT}` })),
);
