import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommitteePrisma } from '@zc/committee/data-access';
import { Roles } from '@zc/platform';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class GetDecisionHttpController {
  constructor(private readonly prisma: CommitteePrisma) {}

  @Get(':declarationId')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async get(@Param('declarationId', new ParseUUIDPipe()) declarationId: string) {
    const decision = await this.prisma.decision.findUnique({ where: { declarationId } });
    if (!decision) throw new NotFoundException(`no decision for declaration ${declarationId}`);
    return decision;
  }
}
