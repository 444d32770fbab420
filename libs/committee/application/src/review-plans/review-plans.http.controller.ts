import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { DecideMeetingApplicationCommand, meetingApplicationDecision } from './decide-meeting-application.command';
import { CommitteePrisma, meetingSitting } from '@zc/committee/data-access';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { assertOversees, notFound } from '../committee-access';
import { FileReviewPlanCommand, fileReviewPlanRequest } from './file-review-plan.command';

@ApiTags('review plans')
@ApiBearerAuth()
@Controller()
export class ReviewPlansHttpController {
  constructor(
    private readonly prisma: CommitteePrisma,
    private readonly file: FileReviewPlanCommand,
    private readonly decide: DecideMeetingApplicationCommand,
  ) {}

  /** Where the plan asks for it (Jilin), the bureau approves or rejects the meeting application (R-CM-1). */
  @Post('review-plans/:id/approval')
  @HttpCode(200)
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(meetingApplicationDecision) })
  approve(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(meetingApplicationDecision)) body: z.infer<typeof meetingApplicationDecision>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.decide.execute(id, body, by, correlationId);
  }

  @Post('committees/:id/review-plans')
  @Roles('committee-office', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(fileReviewPlanRequest) })
  create(@Param('id') committeeId: string, @Body(new ZodValidationPipe(fileReviewPlanRequest)) body: z.infer<typeof fileReviewPlanRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.file.execute(committeeId, body, by, correlationId);
  }

  /**
   * The committee's review plans, newest meeting first, for the office of the committee, the
   * inspectors of its region and the bureau: each as filed (never its secret seed), with the days
   * it was filed before the meeting (R-CM-2), whether its experts are drawn, and its meeting as
   * opened (who sits on each panel) and closed.
   */
  @Get('committees/:id/review-plans')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async list(@Param('id') committeeId: string, @CurrentPrincipal() by: Principal) {
    await assertOversees(this.prisma, by, committeeId);
    const plans = await this.prisma.reviewPlan.findMany({ where: { committeeId }, orderBy: [{ meetingOn: 'desc' }, { createdAt: 'desc' }], take: 500 });
    const ids = plans.map((plan) => plan.id);
    const drawn = new Set((await this.prisma.draw.findMany({ where: { reviewPlanId: { in: ids } }, select: { reviewPlanId: true } })).map((d) => d.reviewPlanId));
    const meetings = new Map((await this.prisma.meeting.findMany({ where: { reviewPlanId: { in: ids } } })).map((m) => [m.reviewPlanId, m]));
    return plans.map(({ secretSeed: _secret, ...plan }) => {
      const meeting = meetings.get(plan.id);
      return {
        ...plan,
        leadDays: daysBetween(plan.filedOn, plan.meetingOn),
        drawn: drawn.has(plan.id),
        meeting: meeting ? { status: meeting.status, openedOn: meeting.openedOn, closedOn: meeting.closedOn, sitting: meetingSitting(meeting) } : null,
      };
    });
  }

  /**
   * A review plan as filed, for the office of its committee, the inspectors of its region and the
   * bureau (was: any office or inspector); the secret seed never leaves the service before the draw reveals it.
   */
  @Get('review-plans/:id')
  @Roles('committee-office', 'bureau-admin', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    const plan = await this.prisma.reviewPlan.findUnique({ where: { id } });
    await assertOversees(this.prisma, by, plan?.committeeId);
    if (!plan) throw notFound(`review plan ${id}`);
    const { secretSeed: _secret, ...visible } = plan;
    return visible;
  }
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
