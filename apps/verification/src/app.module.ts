import { Module } from '@nestjs/common';
import { VerificationApplicationModule } from '@zc/verification/application';
import { VerificationDataAccessModule, VerificationPrisma } from '@zc/verification/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('verification');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: VerificationDataAccessModule, client: VerificationPrisma }), VerificationApplicationModule],
})
export class AppModule {}
