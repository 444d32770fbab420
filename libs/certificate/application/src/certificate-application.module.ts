import { Module } from '@nestjs/common';
import { CertificateDataAccessModule } from '@zc/certificate/data-access';
import { GetCertificateHttpController } from './get-certificate/get-certificate.http.controller';
import { IssueCertificateCommand } from './issue-certificate/issue-certificate.command';
import { IssueCertificateEventController } from './issue-certificate/issue-certificate.event.controller';
import { VerifyCertificateHttpController } from './verify-certificate/verify-certificate.http.controller';

@Module({
  imports: [CertificateDataAccessModule],
  // The public verification routes come first so that `public-key` is not taken for an id.
  controllers: [VerifyCertificateHttpController, GetCertificateHttpController, IssueCertificateEventController],
  providers: [IssueCertificateCommand],
})
export class CertificateApplicationModule {}
