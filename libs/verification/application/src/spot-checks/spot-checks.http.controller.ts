import { Body, Controller, ForbiddenException, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CorrelationId, CurrentPrincipal, inspectsRegion, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { drawSpotCheck } from '@zc/verification/domain';
import { DrawSpotCheckCommand } from './draw-spot-check.command';

const drawRequest = z.strictObject({
  planId: z.string().trim().min(1),
  /** Published before the draw (e.g. a lottery number), so nobody can choose whom it picks. */
  seed: z.string().trim().min(1).max(200),
  /** The plan's spot-check rate unless given. */
  rate: z.number().gt(0).lte(1).optional(),
});

@ApiTags('spot checks')
@ApiBearerAuth()
@Controller('spot-checks')
export class SpotChecksHttpController {
  constructor(
    private readonly prisma: VerificationPrisma,
    private readonly draw: DrawSpotCheckCommand,
  ) {}

  @Post()
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(drawRequest) })
  create(@Body(new ZodValidationPipe(drawRequest)) body: z.infer<typeof drawRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.draw.execute(body, by, correlationId);
  }

  /**
   * A draw with its seed and population, and whether drawing again from them gives the same sample:
   * for the bureau, and the inspectors of the plan's region (its checks name people). To anyone
   * else an unknown spot check and another region's look the same (403), so ids reveal nothing.
   */
  @Get(':id')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    const spotCheck = await this.prisma.spotCheck.findUnique({ where: { id } });
    if (!by.roles.includes('bureau-admin') && !(spotCheck && (await this.inspectsPopulation(by, spotCheck.population as string[])))) throw new ForbiddenException('this spot check is not yours to see');
    if (!spotCheck) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no spot check ${id}` });
    const again = drawSpotCheck(spotCheck.population as string[], spotCheck.seed, spotCheck.rate);
    const checks = await this.prisma.checkResult.findMany({ where: { spotCheckId: id }, orderBy: { declarationId: 'asc' } });
    return { ...spotCheck, reproduced: JSON.stringify(again) === JSON.stringify(spotCheck.drawn), checks };
  }

  /** A plan is one region's: an inspector of it reads a draw whose every declaration is of their region (an empty draw names none). */
  private async inspectsPopulation(by: Principal, population: string[]): Promise<boolean> {
    if (population.length === 0) return false;
    const regions = await this.prisma.declarationCase.findMany({ where: { declarationId: { in: population } }, select: { region: true }, distinct: ['region'] });
    return regions.length > 0 && regions.every((c) => inspectsRegion(by, c.region));
  }
}
