import { Module } from '@nestjs/common';
import { PublicityApplicationModule } from '@zc/publicity/application';
import { PublicityDataAccessModule, PublicityPrisma } from '@zc/publicity/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('publicity');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: PublicityDataAccessModule, client: PublicityPrisma }), PublicityApplicationModule],
})
export class AppModule {}
