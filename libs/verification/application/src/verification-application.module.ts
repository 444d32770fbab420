import { Module } from '@nestjs/common';
import { VerificationDataAccessModule } from '@zc/verification/data-access';
import { GetChecksHttpController } from './get-checks/get-checks.http.controller';
import { LoadSocialSecurityRecordsCommand } from './load-social-security-records/load-social-security-records.command';
import { LoadSocialSecurityRecordsHttpController } from './load-social-security-records/load-social-security-records.http.controller';
import { VerifyDeclarationCommand } from './verify-declaration/verify-declaration.command';
import { VerifyDeclarationEventController } from './verify-declaration/verify-declaration.event.controller';

@Module({
  imports: [VerificationDataAccessModule],
  controllers: [LoadSocialSecurityRecordsHttpController, VerifyDeclarationEventController, GetChecksHttpController],
  providers: [LoadSocialSecurityRecordsCommand, VerifyDeclarationCommand],
})
export class VerificationApplicationModule {}
