import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import type { ChainVerdict } from '@zc/supervision/domain';
import { supervisionSettings } from '../supervision.config';
import { AuditAnchorScheduler } from './audit-anchor.scheduler';
import { verifyAuditLog } from './audit-log';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class VerifyAuditHttpController {
  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly anchoring: AuditAnchorScheduler,
  ) {}

  /**
   * Checks the whole audit hash chain (R-SV-4), and that it still holds every head anchored outside
   * the database (a cut tail or a rewritten suffix). A broken chain is a finding about the data,
   * not a failed request, so both verdicts answer 200.
   */
  @Get('verification')
  @Roles('bureau-admin', 'inspector')
  verify(): Promise<ChainVerdict> {
    return verifyAuditLog(this.prisma, undefined, { anchors: this.anchoring.anchors.readAll(), publicKey: supervisionSettings.AUDIT_SM2_PUBLIC_KEY });
  }
}
