import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
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

  /** A draw with its seed and population, and whether drawing again from them gives the same sample. */
  @Get(':id')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string) {
    const spotCheck = await this.prisma.spotCheck.findUnique({ where: { id } });
    if (!spotCheck) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no spot check ${id}` });
    const again = drawSpotCheck(spotCheck.population as string[], spotCheck.seed, spotCheck.rate);
    const checks = await this.prisma.checkResult.findMany({ where: { spotCheckId: id }, orderBy: { declarationId: 'asc' } });
    return { ...spotCheck, reproduced: JSON.stringify(again) === JSON.stringify(spotCheck.drawn), checks };
  }
}
