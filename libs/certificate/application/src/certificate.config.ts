import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

// A development key pair, refused in production: never sign a real certificate with it.
const DEV_PRIVATE_KEY = '3b68932c8788b9e52be75c4b8b7696d5c3044f48d48abc695946a9568b5bfaff';
const DEV_PUBLIC_KEY =
  '044337f55f9662a88dd75cf9ef5fdba381db268d92e29256068f65f033d319fdccb059edeee2d50800606c7b61ef954bb6d36b97d6fffe2cf2492b82ecf0b6aaab';

export const certificateSettings = loadExtraConfig(
  'certificate',
  z
    .object({
      NODE_ENV: z.string().default('development'),
      CERTIFICATE_SM2_PRIVATE_KEY: z.string().regex(/^[0-9a-f]{64}$/i, 'must be a 64-hex-digit SM2 private key').default(DEV_PRIVATE_KEY),
      CERTIFICATE_SM2_PUBLIC_KEY: z.string().regex(/^04[0-9a-f]{128}$/i, 'must be an uncompressed SM2 public key').default(DEV_PUBLIC_KEY),
      CERTIFICATE_ISSUER: z.string().min(1).default('职称评审服务平台 (development)'),
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.CERTIFICATE_SM2_PRIVATE_KEY !== DEV_PRIVATE_KEY, {
      path: ['CERTIFICATE_SM2_PRIVATE_KEY'],
      message: 'must be set in production',
    }),
);
