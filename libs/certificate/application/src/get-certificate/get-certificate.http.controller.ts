import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { Roles } from '@zc/platform';
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
  async byDeclaration(@Query('declarationId', new ParseUUIDPipe()) declarationId: string) {
    return this.withPublicKey(await this.prisma.certificate.findUnique({ where: { declarationId } }), declarationId);
  }

  /** The signed certificate: payload, SM2 signature and the public key that verifies it. */
  @Get(':id')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.withPublicKey(await this.prisma.certificate.findUnique({ where: { id } }), id);
  }

  private withPublicKey<T>(certificate: T | null, id: string) {
    if (!certificate) throw new NotFoundException(`certificate for ${id} not found`);
    return { ...certificate, publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY, algorithm: 'SM2 with SM3 (GB/T 32918, GB/T 32905)' };
  }
}
