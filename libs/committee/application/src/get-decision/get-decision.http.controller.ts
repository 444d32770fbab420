import { Controller, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommitteePrisma } from '@zc/committee/data-access';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { assertOversees } from '../committee-access';

@ApiTags('decisions')
@ApiBearerAuth()
@Controller('decisions')
export class GetDecisionHttpController {
  constructor(private readonly prisma: CommitteePrisma) {}

  /**
   * The committee's result for a declaration: for the office of the committee that decided, the
   * inspectors of its region and the bureau (was: any office or inspector).
   */
  @Get(':declarationId')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async get(@Param('declarationId', new ParseUUIDPipe()) declarationId: string, @CurrentPrincipal() by: Principal) {
    const decision = await this.prisma.decision.findUnique({ where: { declarationId } });
    const plan = decision?.reviewPlanId ? await this.prisma.reviewPlan.findUnique({ where: { id: decision.reviewPlanId }, select: { committeeId: true } }) : null;
    await assertOversees(this.prisma, by, plan?.committeeId);
    if (!decision) throw new NotFoundException(`no decision for declaration ${declarationId}`);
    return decision;
  }
}
