import { Controller, ForbiddenException, Get, GoneException, Header, NotFoundException, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { qrCodePng, verificationUrl } from '@zc/certificate/domain';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { officialMayRead } from '../access/official-readers';
import { certificateSettings } from '../certificate.config';
import { DOCUMENT_KINDS, type DocumentKind } from '../render-documents/render-documents.command';

/**
 * The holder downloads and prints their certificate and evaluation form (R-CT-1); the bureau and
 * the inspectors of the certificate's region may read them too. Nobody else: the documents carry personal data.
 */
@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class DownloadDocumentsHttpController {
  constructor(private readonly prisma: CertificatePrisma) {}

  /** The applicant's own certificates, with their documents' state. */
  @Get('mine')
  @Roles('applicant')
  async mine(@CurrentPrincipal() by: Principal) {
    const dossiers = await this.prisma.dossier.findMany({ where: { applicantAccount: by.sub }, select: { declarationId: true } });
    const certificates = await this.prisma.certificate.findMany({ where: { declarationId: { in: dossiers.map((d) => d.declarationId) } }, orderBy: { issuedAt: 'desc' } });
    return Promise.all(certificates.map(async (c) => ({ id: c.id, number: c.number, declarationId: c.declarationId, series: c.series, level: c.level, directedCounty: c.directedCounty, status: c.status, issuedAt: c.issuedAt, documents: await this.documentsOf(c.id) })));
  }

  @Get(':id/documents')
  @Roles('applicant', 'bureau-admin', 'inspector')
  async list(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    await this.readable(id, by);
    return this.documentsOf(id);
  }

  @Get(':id/documents/:kind')
  @Roles('applicant', 'bureau-admin', 'inspector')
  @ApiParam({ name: 'kind', enum: DOCUMENT_KINDS })
  @Header('Content-Type', 'application/pdf')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Param('kind') kind: string, @CurrentPrincipal() by: Principal) {
    if (!DOCUMENT_KINDS.includes(kind as DocumentKind)) throw new NotFoundException(`no document "${kind}"; there are ${DOCUMENT_KINDS.join(' and ')}`);
    const certificate = await this.readable(id, by);
    if (certificate.status === 'revoked') throw new GoneException(`certificate ${certificate.number} was revoked (R-CT-4): ${certificate.revocationReason ?? ''}`);
    const document = await this.prisma.certificateDocument.findUnique({ where: { certificateId_kind: { certificateId: id, kind } } });
    if (!document) throw new NotFoundException(`the ${kind} of ${certificate.number} is still being rendered; try again shortly`);
    return new StreamableFile(Buffer.from(document.pdf), { disposition: `attachment; filename="${certificate.number}-${kind}.pdf"`, length: document.pdf.length });
  }

  /** The QR code printed on the certificate: only the verification URL (R-CT-2). */
  @Get(':id/qr-code')
  @Roles('applicant', 'bureau-admin', 'inspector')
  @Header('Content-Type', 'image/png')
  async qrCode(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    const certificate = await this.readable(id, by);
    return new StreamableFile(await qrCodePng(verificationUrl(certificateSettings.CERTIFICATE_PUBLIC_URL, certificate.id, certificate.checkCode)));
  }

  private async readable(id: string, by: Principal) {
    const certificate = await this.prisma.certificate.findUnique({ where: { id } });
    if (!certificate) throw new NotFoundException(`no certificate ${id}`);
    if (officialMayRead(by, certificate.region)) return certificate;
    const dossier = await this.prisma.dossier.findUnique({ where: { declarationId: certificate.declarationId }, select: { applicantAccount: true } });
    if (!dossier?.applicantAccount || dossier.applicantAccount !== by.sub) throw new ForbiddenException('only the holder downloads this certificate');
    return certificate;
  }

  private async documentsOf(certificateId: string) {
    const documents = await this.prisma.certificateDocument.findMany({ where: { certificateId }, select: { kind: true, sha256: true, renderedAt: true } });
    return DOCUMENT_KINDS.map((kind) => {
      const document = documents.find((d) => d.kind === kind);
      return { kind, state: document ? 'ready' : 'rendering', sha256: document?.sha256 ?? null, renderedAt: document?.renderedAt ?? null, href: `/certificates/${certificateId}/documents/${kind}` };
    });
  }
}
