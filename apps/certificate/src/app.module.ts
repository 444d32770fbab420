import { Module } from '@nestjs/common';
import { CertificateApplicationModule } from '@zc/certificate/application';
import { CertificateDataAccessModule, CertificatePrisma } from '@zc/certificate/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('certificate');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: CertificateDataAccessModule, client: CertificatePrisma }), CertificateApplicationModule],
})
export class AppModule {}
