import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { assertOfficialMayRead } from '../access/official-readers';
import { certificateSettings } from '../certificate.config';

@ApiTags('certificates')
@ApiBearerAuth()
@Controller('certificates')
export class GetCertificateHttpController {
  constructor(private readonly prisma: CertificatePrisma) {}

  /** Finds the certificate of a declaration. */
  @Get()
  @Roles('bureau-admin', 'inspector')
  @ApiQuery({ name: 'declarationId', required: true })
  async byDeclaration(@Query('declarationId', new ParseUUIDPipe()) declarationId: string, @CurrentPrincipal() by: Principal) {
    return this.withPublicKey(await this.prisma.certificate.findUnique({ where: { declarationId } }), declarationId, by);
  }

  /** The signed certificate: payload, SM2 signature and the public key that verifies it. */
  @Get(':id')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    return this.withPublicKey(await this.prisma.certificate.findUnique({ where: { id } }), id, by);
  }

  private withPublicKey<T extends { region: string | null }>(certificate: T | null, id: string, by: Principal) {
    if (!certificate) throw new NotFoundException(`certificate for ${id} not found`);
    assertOfficialMayRead(by, certificate.region);
    return { ...certificate, publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY, algorithm: 'SM2 with SM3 (GB/T 32918, GB/T 32905)' };
  }
}
