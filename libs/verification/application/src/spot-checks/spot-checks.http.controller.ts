import { Body, Controller, ForbiddenException, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CorrelationId, CurrentPrincipal, inspectsRegion, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { drawSpotCheck, spotCheckCommitment, spotCheckSeedOf } from '@zc/verification/domain';
import { DrawSpotCheckCommand } from './draw-spot-check.command';

/** No seed here: the platform commits to a secret one, and the witness completes it at the draw. */
const announceRequest = z.strictObject({
  planId: z.string().trim().min(1),
  /** The plan's spot-check rate unless given. */
  rate: z.number().gt(0).lte(1).optional(),
});

const drawRequest = z.strictObject({
  /** The witness's own input, unknown at the announcement (e.g. a lottery number drawn that day). */
  witnessInput: z.string().trim().min(1).max(200),
});

@ApiTags('spot checks')
@ApiBearerAuth()
@Controller('spot-checks')
export class SpotChecksHttpController {
  constructor(
    private readonly prisma: VerificationPrisma,
    private readonly spotChecks: DrawSpotCheckCommand,
  ) {}

  /** The bureau announces a spot check: population frozen, seed committed (R-VF-1). */
  @Post()
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(announceRequest) })
  announce(@Body(new ZodValidationPipe(announceRequest)) body: z.infer<typeof announceRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.spotChecks.announce(body, by, correlationId);
  }

  /** An inspector of the region witnesses the draw and brings the witness input, once. */
  @Post(':id/draw')
  @HttpCode(200)
  @Roles('inspector')
  @ApiBody({ schema: openApiSchemaOf(drawRequest) })
  draw(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(drawRequest)) body: z.infer<typeof drawRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.spotChecks.draw(id, body.witnessInput, by, correlationId);
  }

  /**
   * A spot check: before its draw, the commitment and population only (the secret stays sealed);
   * after, the revealed secret and witness input, whether the secret matches the commitment, and
   * whether drawing again from them gives the same sample. For the bureau and the inspectors of its
   * region (its checks name people); to anyone else an unknown spot check and another region's
   * look the same (403), so ids reveal nothing.
   */
  @Get(':id')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    const spotCheck = await this.prisma.spotCheck.findUnique({ where: { id } });
    if (!by.roles.includes('bureau-admin') && !(spotCheck && inspectsRegion(by, spotCheck.region))) throw new ForbiddenException('this spot check is not yours to see');
    if (!spotCheck) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no spot check ${id}` });
    const { secretSeed, ...open } = spotCheck;
    if (spotCheck.status === 'announced') return open;
    const again = drawSpotCheck(spotCheck.population as string[], spotCheck.seed ?? '', spotCheck.rate);
    const checks = await this.prisma.checkResult.findMany({ where: { spotCheckId: id }, orderBy: { declarationId: 'asc' } });
    return {
      ...open,
      revealedSeed: secretSeed,
      seedMatchesCommitment: spotCheckCommitment(secretSeed) === spotCheck.seedCommitment,
      // False for spot checks drawn before commit and reveal, whose seed the bureau chose.
      seedFromSecretAndWitness: spotCheckSeedOf(secretSeed, spotCheck.witnessInput ?? '') === spotCheck.seed,
      reproduced: JSON.stringify(again) === JSON.stringify(spotCheck.drawn),
      checks,
    };
  }
}
