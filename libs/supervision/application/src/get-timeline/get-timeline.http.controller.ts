import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { canRead, denyOrMissing } from '../findings/region-scope';

@ApiTags('timelines')
@ApiBearerAuth()
@Controller('timelines')
export class GetTimelineHttpController {
  constructor(private readonly prisma: SupervisionPrisma) {}

  /**
   * Every event about one case — a declaration, a committee or a review plan (a meeting) — oldest
   * first. An inspector reads only cases of their region; the bureau any.
   */
  @Get(':caseId')
  @Roles('inspector', 'bureau-admin')
  async get(@Param('caseId') caseId: string, @CurrentPrincipal() by: Principal) {
    const known = await this.prisma.case.findUnique({ where: { id: caseId } });
    const committee = known?.kind === 'review-plan' && known.committee ? await this.prisma.case.findUnique({ where: { id: known.committee } }) : null;
    const region = known?.region ?? committee?.region ?? null;
    if (!canRead(by, region)) denyOrMissing(by, `timeline of ${caseId}`);
    return this.prisma.timelineEntry.findMany({ where: { caseKeys: { has: caseId } }, orderBy: [{ occurredAt: 'asc' }, { receivedAt: 'asc' }], take: 2_000 });
  }
}
