import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiQueryOf, CorrelationId, CurrentPrincipal, openApiSchemaOf, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { ChangeFindingStatusCommand } from './change-finding-status.command';
import { findingView } from './finding-view';
import { canRead, denyOrMissing, readableRegion } from './region-scope';

const list = z.strictObject({
  ruleId: z.string().min(1).optional(),
  severity: z.enum(['low', 'medium', 'high', 'critical']).optional(),
  status: z.enum(['open', 'acknowledged', 'resolved']).optional(),
  subject: z.string().min(1).optional(),
  committee: z.string().min(1).optional(),
  series: z.string().min(1).optional(),
  /** The bureau only: an inspector always reads their own region. */
  region: z.string().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const comment = z.strictObject({ comment: z.string().trim().min(5, 'say what was done, in at least 5 characters').max(2_000) });

@ApiTags('findings')
@ApiBearerAuth()
@Controller('findings')
export class FindingsHttpController {
  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly changeStatus: ChangeFindingStatusCommand,
  ) {}

  /** Findings of the caller's region (the bureau: any), newest first. */
  @ApiQueryOf(list)
  @Get()
  @Roles('inspector', 'bureau-admin')
  async list(@Query(new ZodValidationPipe(list)) query: z.infer<typeof list>, @CurrentPrincipal() by: Principal) {
    const { limit, region, ...filters } = query;
    const own = readableRegion(by);
    const findings = await this.prisma.finding.findMany({ where: { ...filters, region: own ?? region }, orderBy: { raisedAt: 'desc' }, take: limit });
    return findings.map(findingView);
  }

  /** One finding with its history of status changes. */
  @Get(':id')
  @Roles('inspector', 'bureau-admin')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    const finding = await this.prisma.finding.findUnique({ where: { id } });
    if (!finding || !canRead(by, finding.region)) denyOrMissing(by, `finding ${id}`);
    const history = await this.prisma.findingChange.findMany({ where: { findingId: id }, orderBy: { seq: 'asc' } });
    return { ...findingView(finding), history: history.map((h) => ({ ...h, seq: h.seq.toString() })) };
  }

  @Post(':id/acknowledgement')
  @HttpCode(200)
  @Roles('inspector', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(comment) })
  acknowledge(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(comment)) body: z.infer<typeof comment>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.changeStatus.execute(id, 'acknowledged', body.comment, by, correlationId);
  }

  @Post(':id/resolution')
  @HttpCode(200)
  @Roles('inspector', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(comment) })
  resolve(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(comment)) body: z.infer<typeof comment>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.changeStatus.execute(id, 'resolved', body.comment, by, correlationId);
  }
}
