import type { CertificateContent } from './certificate-content';

/** What certificate knows of a declaration; intake, committee and publicity facts arrive in any order. */
export interface DossierFacts {
  declarationId: string;
  applicantName: string | null;
  idNumber: string | null;
  series: string | null;
  specialty: string | null;
  level: string | null;
  region: string | null;
  directedCounty: string | null;
  outcome: string | null;
  publishedAt: Date | null;
}

type Complete = DossierFacts & { [K in 'applicantName' | 'idNumber' | 'series' | 'specialty' | 'level' | 'region']: string };

/**
 * A certificate is issued for a passed result once it is published (R-CT-1, R-PB-3) and the
 * applicant's declared facts are known: a certificate is never issued on half the facts.
 */
export function readyToIssue(dossier: DossierFacts): dossier is Complete {
  return dossier.outcome === 'passed' && dossier.publishedAt !== null && [dossier.applicantName, dossier.idNumber, dossier.series, dossier.specialty, dossier.level, dossier.region].every(Boolean);
}

export function certificateContentOf(dossier: Complete, issue: { id: string; number: string; issuedAt: Date; issuer: string }): CertificateContent {
  return {
    id: issue.id,
    number: issue.number,
    declarationId: dossier.declarationId,
    holderName: dossier.applicantName,
    idNumber: dossier.idNumber,
    series: dossier.series,
    specialty: dossier.specialty,
    level: dossier.level,
    region: dossier.region,
    directedCounty: dossier.directedCounty,
    issuedAt: issue.issuedAt.toISOString(),
    issuer: issue.issuer,
  };
}
