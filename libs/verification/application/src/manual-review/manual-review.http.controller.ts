import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CHECKS } from '@zc/contracts';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { committeeScopeOf, DecideManualReviewCommand } from './decide-manual-review.command';

const decisionRequest = z.strictObject({
  outcome: z.enum(['passed', 'failed']),
  reason: z.string().trim().min(5, 'say why, in at least 5 characters').max(2_000),
});

@ApiTags('manual review')
@ApiBearerAuth()
@Controller('manual-reviews')
export class ManualReviewHttpController {
  constructor(
    private readonly prisma: VerificationPrisma,
    private readonly decide: DecideManualReviewCommand,
  ) {}

  /** The queue: checks waiting for a decision by hand, oldest first. */
  @Get()
  @Roles('committee-office', 'bureau-admin')
  async queue(@CurrentPrincipal() by: Principal) {
    const committee = committeeScopeOf(by);
    const cases = await this.prisma.declarationCase.findMany({ where: committee === null ? {} : { committee }, select: { declarationId: true, committee: true } });
    const committeeOf = new Map(cases.map((c) => [c.declarationId, c.committee]));
    const waiting = await this.prisma.checkResult.findMany({ where: { status: 'manual-review', declarationId: { in: [...committeeOf.keys()] } }, orderBy: { checkedAt: 'asc' } });
    return waiting.map((check) => ({ ...check, committee: committeeOf.get(check.declarationId) }));
  }

  @Post(':declarationId/:check')
  @HttpCode(200)
  @Roles('committee-office', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(decisionRequest) })
  decideCheck(
    @Param('declarationId', new ParseUUIDPipe()) declarationId: string,
    @Param('check', new ParseEnumPipe(CHECKS)) check: string,
    @Body(new ZodValidationPipe(decisionRequest)) body: z.infer<typeof decisionRequest>,
    @CurrentPrincipal() by: Principal,
    @CorrelationId() correlationId: string,
  ) {
    return this.decide.execute(declarationId, check, body, by, correlationId);
  }
}
