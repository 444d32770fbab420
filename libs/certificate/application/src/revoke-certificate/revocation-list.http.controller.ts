import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { signPayload } from '@zc/certificate/domain';
import { Clock, Public } from '@zc/platform';
import { certificateSettings } from '../certificate.config';

@ApiTags('verification')
@Controller('certificates/revocations')
export class RevocationListHttpController {
  constructor(
    private readonly prisma: CertificatePrisma,
    private readonly clock: Clock,
  ) {}

  /**
   * The published revocation list (R-CT-4): certificate numbers and when they were revoked, no
   * personal data, signed with the certificate key so an offline verifier can trust a saved copy.
   */
  @Public()
  @Get()
  async list() {
    const revoked = await this.prisma.certificate.findMany({ where: { status: 'revoked' }, select: { number: true, revokedAt: true }, orderBy: { revokedAt: 'asc' } });
    const payload = JSON.stringify({ issuer: certificateSettings.CERTIFICATE_ISSUER, generatedAt: this.clock.now().toISOString(), revoked: revoked.map((r) => ({ number: r.number, revokedAt: r.revokedAt?.toISOString() })) });
    const signature = signPayload(payload, { privateKey: certificateSettings.CERTIFICATE_SM2_PRIVATE_KEY, publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY });
    return { payload, signature, algorithm: 'SM2 with SM3' };
  }
}
