import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { levelName, qrCodeMatrix, regionName, renderCertificatePdf, renderEvaluationFormPdf, verificationUrl } from '@zc/certificate/domain';
import { maskIdentityNumber } from '@zc/national-standards';
import { Clock } from '@zc/platform';
import { certificateSettings } from '../certificate.config';

export const DOCUMENT_KINDS = ['certificate', 'evaluation-form'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Renders the certificate and the evaluation form (评审表) as PDF with Chinese text (R-CT-1); the
 * certificate carries a QR code holding only the verification URL with its id and check code (R-CT-2).
 * Rendering again gives the same documents and overwrites nothing else.
 */
@Injectable()
export class RenderDocumentsCommand {
  constructor(
    private readonly prisma: CertificatePrisma,
    private readonly clock: Clock,
  ) {}

  async execute(certificateId: string): Promise<void> {
    const certificate = await this.prisma.certificate.findUniqueOrThrow({ where: { id: certificateId } });
    const dossier = await this.prisma.dossier.findUniqueOrThrow({ where: { declarationId: certificate.declarationId } });
    const url = verificationUrl(certificateSettings.CERTIFICATE_PUBLIC_URL, certificate.id, certificate.checkCode);
    const idNumberMasked = maskIdentityNumber(certificate.idNumber ?? '');
    const seriesName = dossier.seriesName ?? certificate.series;
    const specialtyName = dossier.specialtyName ?? certificate.specialty ?? '';
    const level = levelName(certificate.level);
    // 资格名称 (高级工程师) where the catalogue names the title, else series and level (工程技术副高级).
    const title = dossier.titleName ?? `${seriesName}${level}`;
    const issuedAt = certificate.issuedAt.toISOString();
    const documents: Record<DocumentKind, Buffer> = {
      certificate: await renderCertificatePdf({
        number: certificate.number,
        holderName: certificate.holderName,
        idNumberMasked,
        seriesName,
        specialtyName,
        levelName: level,
        title,
        region: regionName(certificate.region ?? ''),
        directedCounty: certificate.directedCounty,
        issuedAt,
        issuer: certificate.issuer,
        verificationUrl: url,
        qrCode: qrCodeMatrix(url),
      }),
      'evaluation-form': await renderEvaluationFormPdf({
        certificateNumber: certificate.number,
        holderName: certificate.holderName,
        idNumberMasked,
        employerCreditCode: dossier.employerCreditCode ?? '',
        seriesName,
        specialtyName,
        levelName: level,
        title,
        channel: dossier.channel ?? 'normal',
        directedCounty: certificate.directedCounty,
        committee: dossier.committee ?? '',
        decision: {
          outcome: dossier.outcome === 'passed' ? 'pass' : 'fail',
          attending: dossier.attending ?? 0,
          votesFor: dossier.votesFor ?? 0,
          votesAgainst: dossier.votesAgainst ?? 0,
          abstentions: dossier.abstentions ?? 0,
          decidedAt: dossier.decidedAt?.toISOString() ?? null,
        },
        publicity: { opensAt: dossier.publicityOpensAt?.toISOString() ?? null, closesAt: dossier.publicityClosesAt?.toISOString() ?? null, publishedAt: dossier.publishedAt?.toISOString() ?? issuedAt },
        issuer: certificate.issuer,
        issuedAt,
      }),
    };
    const renderedAt = this.clock.now();
    for (const kind of DOCUMENT_KINDS) {
      const pdf = new Uint8Array(documents[kind]); // Prisma wants Bytes on a plain ArrayBuffer
      const sha256 = createHash('sha256').update(pdf).digest('hex');
      await this.prisma.certificateDocument.upsert({
        where: { certificateId_kind: { certificateId, kind } },
        create: { certificateId, kind, pdf, sha256, renderedAt },
        update: { pdf, sha256, renderedAt },
      });
    }
  }
}
