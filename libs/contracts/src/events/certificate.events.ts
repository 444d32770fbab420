import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';
import { declarationId } from './common';

export const CertificateIssued = defineEvent({
  type: 'certificate.certificate.issued.v1',
  topic: Topics.certificate,
  summary: 'An electronic certificate was issued and signed for a published pass (R-CT-1).',
  data: z.object({
    certificateId: z.uuid(),
    certificateNumber: z.string().min(1),
    declarationId,
    holderName: z.string().min(1),
    series: z.string().min(1),
    level: z.string().min(1),
    issuedAt: z.iso.datetime({ offset: true }),
  }),
});

export const CertificateRevoked = defineEvent({
  type: 'certificate.certificate.revoked.v1',
  topic: Topics.certificate,
  summary: 'A certificate was revoked because its title was obtained by fraud (R-CT-4, R-SV-1); verification answers "revoked".',
  data: z.object({ certificateId: z.uuid(), certificateNumber: z.string().min(1), declarationId, reason: z.string(), revokedAt: z.iso.datetime({ offset: true }) }),
});
