import { z } from 'zod';
import { defineEvent } from '../event-definition';
import { Topics } from '../topics';

export const IntegrityRecordRecorded = defineEvent({
  type: 'supervision.integrity-record.recorded.v1',
  topic: Topics.supervisionIntegrity,
  summary: 'Fraud was established: an integrity-archive record bars the person until it expires (R-SV-1, R-EL-6).',
  data: z.object({
    recordId: z.string().min(1),
    idNumber: z.string().min(1),
    reason: z.string().min(1),
    /** Last day the record is active (3 years by R-SV-1). */
    activeUntil: z.iso.date(),
  }),
});
