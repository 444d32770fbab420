import { Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, inspectsRegion, Roles, type Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';

@ApiTags('checks')
@ApiBearerAuth()
@Controller('checks')
export class GetChecksHttpController {
  constructor(private readonly prisma: VerificationPrisma) {}

  /**
   * Every check of a declaration, settled or not, with its evidence (R-VF-4), and the verdict: for
   * the office of its committee, the inspectors of its region and the bureau. To anyone else an
   * unknown declaration and another's look the same (403), so ids reveal nothing.
   */
  @Get(':declarationId')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async get(@Param('declarationId', new ParseUUIDPipe()) declarationId: string, @CurrentPrincipal() by: Principal) {
    const kase = await this.prisma.declarationCase.findUnique({ where: { declarationId } });
    if (!by.roles.includes('bureau-admin') && !(kase && mayReadChecks(by, kase))) throw new ForbiddenException('these checks are not yours to see');
    if (!kase) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `declaration ${declarationId} is not known to verification` });
    const checks = await this.prisma.checkResult.findMany({ where: { declarationId }, orderBy: { check: 'asc' } });
    return { declarationId, outcome: kase.outcome, concludedAt: kase.concludedAt, checks };
  }
}

/** The office of the declaration's committee, or an inspector of its region. */
function mayReadChecks(by: Principal, kase: { committee: string; region: string | null }): boolean {
  if (by.roles.includes('committee-office') && by.scope.committee && by.scope.committee === kase.committee) return true;
  return inspectsRegion(by, kase.region);
}
