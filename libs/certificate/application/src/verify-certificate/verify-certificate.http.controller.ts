import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { verifyPayload } from '@zc/certificate/domain';
import { maskIdentityNumber } from '@zc/national-standards';
import { Public } from '@zc/platform';
import { certificateSettings } from '../certificate.config';

@ApiTags('verification')
@Controller('certificates')
export class VerifyCertificateHttpController {
  constructor(private readonly prisma: CertificatePrisma) {}

  /** The key anyone can verify signatures with (R-CT-2). */
  @Public()
  @Get('public-key')
  publicKey() {
    return { algorithm: 'SM2 with SM3', publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY };
  }

  /**
   * Public verification, as reached from the QR code (R-CT-2): the id and its check code must
   * match, so ids alone cannot be enumerated. Answers whether the signature holds and the status,
   * with the holder's name and identity number masked.
   */
  @Public()
  @Get(':id/verification')
  @ApiQuery({ name: 'code', required: true })
  async verify(@Param('id', new ParseUUIDPipe()) id: string, @Query('code') code: string) {
    const certificate = await this.prisma.certificate.findUnique({ where: { id } });
    if (!certificate || certificate.checkCode !== code) throw new NotFoundException('no certificate with that id and check code');
    const signatureValid = verifyPayload(certificate.payload, certificate.signature, certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY);
    const dossier = await this.prisma.dossier.findUnique({ where: { declarationId: certificate.declarationId }, select: { titleName: true } });
    return {
      number: certificate.number,
      holderName: `${certificate.holderName.slice(0, 1)}${'*'.repeat(Math.max(1, certificate.holderName.length - 1))}`,
      idNumber: certificate.idNumber ? maskIdentityNumber(certificate.idNumber) : null,
      series: certificate.series,
      specialty: certificate.specialty,
      level: certificate.level,
      // 资格名称 as printed: the catalogue's name for the signed series and level (null where it has none).
      title: dossier?.titleName ?? null,
      region: certificate.region,
      // R-CT-3: a directed title is valid only in its county.
      directed: certificate.directedCounty ? { county: certificate.directedCounty, validOnlyIn: certificate.directedCounty } : null,
      issuedAt: certificate.issuedAt,
      status: signatureValid ? certificate.status : 'invalid-signature',
      signatureValid,
      revokedAt: certificate.revokedAt,
    };
  }
}
