import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { z } from 'zod';
import { ApiQueryOf, CorrelationId, CurrentPrincipal, openApiSchemaOf, Public, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { publicitySettings } from '../publicity.config';
import { ObjectionsCommand } from './objections.command';

const objectionRequest = z.strictObject({
  /** What exactly is objected to, e.g. a named paper or award. */
  target: z.string().trim().min(5, 'name what you object to').max(500),
  /** Objective evidence: facts, documents, where to find them. */
  evidence: z.string().trim().min(10, 'give objective evidence').max(5_000),
  /** How to answer the objector; kept with publicity, never published. */
  contact: z.string().trim().min(5).max(200),
});

const listQuery = z.strictObject({
  status: z.enum(['open', 'upheld', 'dismissed']).optional(),
});

const decisionRequest = z.strictObject({
  decision: z.enum(['upheld', 'dismissed']),
  reason: z.string().trim().min(5, 'say why, in at least 5 characters').max(2_000),
});

@ApiTags('publicity')
@Controller()
export class ObjectionsHttpController {
  constructor(
    private readonly objections: ObjectionsCommand,
    private readonly prisma: PublicityPrisma,
  ) {}

  /**
   * The objections to investigate and answer (R-PB-2), oldest first: the bureau sees every one, an
   * office those against results its committee reviewed, as it decides them. With the
   * result's public details (name, series, level; no identity number, R-PB-5) and the
   * objector's contact, which the office needs to answer and the public listing never shows.
   */
  @ApiBearerAuth()
  @ApiQueryOf(listQuery)
  @Get('objections')
  @Roles('committee-office', 'bureau-admin')
  async list(@Query(new ZodValidationPipe(listQuery)) query: z.infer<typeof listQuery>, @CurrentPrincipal() by: Principal) {
    const bureau = by.roles.includes('bureau-admin');
    const committee = by.scope.committee;
    if (!bureau && !committee) return [];
    const own = bureau ? undefined : (await this.prisma.candidate.findMany({ where: { committee }, select: { declarationId: true } })).map((c) => c.declarationId);
    const objections = await this.prisma.objection.findMany({
      where: { status: query.status, ...(own ? { declarationId: { in: own } } : {}) },
      orderBy: { filedAt: 'asc' },
      take: 1_000,
    });
    const candidates = new Map((await this.prisma.candidate.findMany({ where: { declarationId: { in: objections.map((o) => o.declarationId) } } })).map((c) => [c.declarationId, c]));
    return objections.map(({ targetKey: _key, ...objection }) => {
      const candidate = candidates.get(objection.declarationId);
      return { ...objection, applicantName: candidate?.applicantName ?? null, series: candidate?.series ?? null, level: candidate?.level ?? null, committee: candidate?.committee ?? null };
    });
  }

  /**
   * Anyone may object to a result on display (R-PB-2): no login, but a target, evidence and a
   * contact. Limited per client address (OBJECTIONS_PER_HOUR), and one objection per target: the
   * same target again answers with the objection already filed, so a script cannot hold a result
   * past its window by repeating itself (R-PB-3).
   */
  @Public()
  @Throttle({ default: { limit: publicitySettings.OBJECTIONS_PER_HOUR, ttl: 3_600_000 } })
  @Post('publicity/:windowId/objections')
  @ApiBody({ schema: openApiSchemaOf(objectionRequest) })
  file(@Param('windowId', new ParseUUIDPipe()) windowId: string, @Body(new ZodValidationPipe(objectionRequest)) body: z.infer<typeof objectionRequest>, @CorrelationId() correlationId: string) {
    return this.objections.file(windowId, body, correlationId);
  }

  /** The office or the bureau investigates and upholds or dismisses, with the reason. */
  @ApiBearerAuth()
  @Post('objections/:id/decision')
  @HttpCode(200)
  @Roles('committee-office', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(decisionRequest) })
  decide(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(decisionRequest)) body: z.infer<typeof decisionRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.objections.decide(id, body, by, correlationId);
  }
}
