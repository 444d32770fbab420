import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';

@ApiTags('checks')
@ApiBearerAuth()
@Controller('checks')
export class GetChecksHttpController {
  constructor(private readonly prisma: VerificationPrisma) {}

  /** Every check of a declaration, settled or not, with its evidence (R-VF-4), and the verdict. */
  @Get(':declarationId')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async get(@Param('declarationId', new ParseUUIDPipe()) declarationId: string) {
    const kase = await this.prisma.declarationCase.findUnique({ where: { declarationId } });
    if (!kase) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `declaration ${declarationId} is not known to verification` });
    const checks = await this.prisma.checkResult.findMany({ where: { declarationId }, orderBy: { check: 'asc' } });
    return { declarationId, outcome: kase.outcome, concludedAt: kase.concludedAt, checks };
  }
}
