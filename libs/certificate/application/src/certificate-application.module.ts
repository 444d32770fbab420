import { Module } from '@nestjs/common';
import { CertificateDataAccessModule } from '@zc/certificate/data-access';
import { GetCertificateHttpController } from './get-certificate/get-certificate.http.controller';
import { IssueCertificateCommand } from './issue-certificate/issue-certificate.command';
import { IssueCertificateEventController } from './issue-certificate/issue-certificate.event.controller';
import { RevocationListHttpController } from './revoke-certificate/revocation-list.http.controller';
import { RevokeCertificateCommand } from './revoke-certificate/revoke-certificate.command';
import { RevokeCertificateEventController } from './revoke-certificate/revoke-certificate.event.controller';
import { VerifyCertificateHttpController } from './verify-certificate/verify-certificate.http.controller';

@Module({
  imports: [CertificateDataAccessModule],
  // The public routes come first so that `public-key` and `revocations` are not taken for an id.
  controllers: [RevocationListHttpController, VerifyCertificateHttpController, GetCertificateHttpController, IssueCertificateEventController, RevokeCertificateEventController],
  providers: [IssueCertificateCommand, RevokeCertificateCommand],
})
export class CertificateApplicationModule {}
