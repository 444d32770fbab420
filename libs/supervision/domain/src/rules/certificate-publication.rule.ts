import { CertificateIssued, ResultPublished, type EventOf } from '@zc/contracts';
import type { SupervisionRule } from './supervision-rule';

/** R-CT-1, R-PB-3: a certificate follows a published result. Deferred: publication travels on another topic. */
export const certificateWithoutPublicationRule: SupervisionRule = {
  ruleId: 'R-CT-1',
  name: 'a certificate without publication',
  severity: 'critical',
  triggers: [CertificateIssued.type],
  deferred: true,
  reads: (event) => [{ caseKey: (event as EventOf<typeof CertificateIssued>).data.declarationId, type: ResultPublished.type }],
  async evaluate(event, context) {
    const { declarationId, certificateNumber } = (event as EventOf<typeof CertificateIssued>).data;
    if ((await context.eventsOf(declarationId, ResultPublished.type)).length > 0) return [];
    return [
      {
        subject: declarationId,
        subjectKind: 'declaration',
        title: '未经公示发布即发放证书 — a certificate without publication',
        detail: `certificate ${certificateNumber} was issued, and no published result of this declaration is on record`,
        evidence: [event.id],
        dedupeKey: `R-CT-1:${declarationId}`,
      },
    ];
  },
};
