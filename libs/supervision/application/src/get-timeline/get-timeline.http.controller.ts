import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';

@ApiTags('timelines')
@ApiBearerAuth()
@Controller('timelines')
export class GetTimelineHttpController {
  constructor(private readonly prisma: SupervisionPrisma) {}

  /** Every event about one case (a declaration id), oldest first. */
  @Get(':subject')
  @Roles('inspector', 'bureau-admin')
  get(@Param('subject') subject: string) {
    return this.prisma.timelineEntry.findMany({ where: { subject }, orderBy: [{ occurredAt: 'asc' }, { receivedAt: 'asc' }] });
  }
}
