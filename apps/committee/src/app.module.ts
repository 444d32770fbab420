import { Module } from '@nestjs/common';
import { CommitteeApplicationModule } from '@zc/committee/application';
import { CommitteeDataAccessModule, CommitteePrisma } from '@zc/committee/data-access';
import { loadServiceConfig, ServicePlatformModule } from '@zc/platform';

export const config = loadServiceConfig('committee');

@Module({
  imports: [ServicePlatformModule.forRoot({ config, database: CommitteeDataAccessModule, client: CommitteePrisma }), CommitteeApplicationModule],
})
export class AppModule {}
