import { Module } from '@nestjs/common';
import { IntakeApplicationModule } from '@zc/intake/application';
import { IntakeDataAccessModule, IntakePrisma } from '@zc/intake/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('intake');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: IntakeDataAccessModule, client: IntakePrisma }), IntakeApplicationModule],
})
export class AppModule {}
