import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiQueryOf, Clock, CorrelationId, CurrentPrincipal, openApiSchemaOf, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import type { Prisma } from '@zc/publicity/data-access';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { reportedLate } from '@zc/publicity/domain';
import { ReportResultsCommand } from './report-results.command';

const kind = z.enum(['report', 'filing']);

const reportRequest = z.strictObject({
  kind,
  declarationIds: z.array(z.uuid()).min(1).max(1_000),
  reference: z.string().trim().min(2, 'give the reference the province gave').max(200),
});

const dutyQuery = z.strictObject({
  committee: z.string().min(1).optional(),
  kind: kind.optional(),
  state: z.enum(['open', 'overdue', 'done']).optional(),
});

@ApiTags('result reporting')
@ApiBearerAuth()
@Controller('reporting-duties')
export class ReportResultsHttpController {
  constructor(
    private readonly command: ReportResultsCommand,
    private readonly prisma: PublicityPrisma,
    private readonly clock: Clock,
  ) {}

  /**
   * R-PB-4: what each committee owes the province, with deadlines: the bureau sees every duty, an
   * office its own committee's, an inspector those of their region's results (was: every region's;
   * a token without a region sees none).
   */
  @ApiQueryOf(dutyQuery)
  @Get()
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async list(@Query(new ZodValidationPipe(dutyQuery)) query: z.infer<typeof dutyQuery>, @CurrentPrincipal() by: Principal) {
    const now = this.clock.now();
    const state = { open: { fulfilledAt: null, dueAt: { gte: now } }, overdue: { fulfilledAt: null, dueAt: { lt: now } }, done: { fulfilledAt: { not: null } } };
    const duties = await this.prisma.reportingDuty.findMany({
      where: { AND: [await this.visibleTo(by), { committee: query.committee, kind: query.kind, ...(query.state ? state[query.state] : {}) }] },
      orderBy: [{ dueAt: 'asc' }, { declarationId: 'asc' }],
      take: 1_000,
    });
    return duties.map(({ correlationId: _, ...duty }) => ({ ...duty, late: reportedLate(duty.dueAt, duty.fulfilledAt ?? now) }));
  }

  /** The duties a caller may list: every one for the bureau; an office's committee's and an inspector's region's results otherwise. */
  private async visibleTo(by: Principal): Promise<Prisma.ReportingDutyWhereInput> {
    if (by.roles.includes('bureau-admin')) return {};
    const own: Prisma.ReportingDutyWhereInput[] = [];
    if (by.roles.includes('committee-office') && by.scope.committee) own.push({ committee: by.scope.committee });
    if (by.roles.includes('inspector') && by.scope.region) {
      const inRegion = await this.prisma.candidate.findMany({ where: { region: by.scope.region }, select: { declarationId: true } });
      own.push({ declarationId: { in: inRegion.map((c) => c.declarationId) } });
    }
    return own.length > 0 ? { OR: own } : { declarationId: { in: [] } };
  }

  /** Reports results to the province, or files them after publicity: all named, or none. */
  @Post('fulfilment')
  @HttpCode(200)
  @Roles('committee-office', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(reportRequest) })
  fulfil(@Body(new ZodValidationPipe(reportRequest)) body: z.infer<typeof reportRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.command.execute(body, by, correlationId);
  }
}
