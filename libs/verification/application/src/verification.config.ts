import { z } from 'zod';
import { loadExtraConfig } from '@zc/platform';

/** Until annual plans arrive (issue 3), the months required come from configuration. */
export const verificationSettings = loadExtraConfig(
  'verification',
  z.object({ SOCIAL_SECURITY_REQUIRED_MONTHS: z.coerce.number().int().min(1).max(120).default(6) }),
);
