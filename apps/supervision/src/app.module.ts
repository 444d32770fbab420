import { Module } from '@nestjs/common';
import { SupervisionApplicationModule } from '@zc/supervision/application';
import { SupervisionDataAccessModule, SupervisionPrisma } from '@zc/supervision/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('supervision');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: SupervisionDataAccessModule, client: SupervisionPrisma }), SupervisionApplicationModule],
})
export class AppModule {}
