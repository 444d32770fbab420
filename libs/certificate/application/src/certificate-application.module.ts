import { Module } from '@nestjs/common';
import { CertificateDataAccessModule } from '@zc/certificate/data-access';
import { DownloadDocumentsHttpController } from './download-documents/download-documents.http.controller';
import { GetCertificateHttpController } from './get-certificate/get-certificate.http.controller';
import { IssueCertificateCommand } from './issue-certificate/issue-certificate.command';
import { IssueCertificateEventController } from './issue-certificate/issue-certificate.event.controller';
import { DocumentRendering } from './render-documents/document-rendering.queue';
import { RenderDocumentsCommand } from './render-documents/render-documents.command';
import { RevocationListHttpController } from './revoke-certificate/revocation-list.http.controller';
import { RevokeCertificateCommand } from './revoke-certificate/revoke-certificate.command';
import { RevokeCertificateEventController } from './revoke-certificate/revoke-certificate.event.controller';
import { VerifyCertificateHttpController } from './verify-certificate/verify-certificate.http.controller';

@Module({
  imports: [CertificateDataAccessModule],
  // Fixed paths come first so that `public-key`, `revocations` and `mine` are not taken for an id.
  controllers: [RevocationListHttpController, VerifyCertificateHttpController, DownloadDocumentsHttpController, GetCertificateHttpController, IssueCertificateEventController, RevokeCertificateEventController],
  providers: [IssueCertificateCommand, RevokeCertificateCommand, RenderDocumentsCommand, DocumentRendering],
})
export class CertificateApplicationModule {}
