import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';

@ApiTags('checks')
@ApiBearerAuth()
@Controller('checks')
export class GetChecksHttpController {
  constructor(private readonly prisma: VerificationPrisma) {}

  /** Every settled check of a declaration with its evidence (R-VF-4). */
  @Get(':declarationId')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  get(@Param('declarationId', new ParseUUIDPipe()) declarationId: string) {
    return this.prisma.checkResult.findMany({ where: { declarationId }, orderBy: { checkedAt: 'asc' } });
  }
}
