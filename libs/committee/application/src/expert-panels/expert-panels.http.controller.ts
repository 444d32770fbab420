import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CommitteePrisma, drawResult, meetingSitting } from '@zc/committee/data-access';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';

/** A plan shows on an expert's list once its experts are drawn. */
const STATUSES = ['drawn', 'meeting-open', 'closed'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('experts/me')
export class ExpertPanelsHttpController {
  constructor(private readonly prisma: CommitteePrisma) {}

  /**
   * The panels the signed-in expert was drawn for: an expert is a pool entry whose id is the
   * subject of their token, and a draw names its members and substitutes by that id. For each: the
   * meeting (day, mode, place, status), the seat drawn (member or substitute, R-CM-2), whether they
   * sit now the meeting is open, whether they made their commitment (R-CM-5), and the declarations
   * they gave an opinion on and voted on. How they voted is never said (R-CM-7): the ballots keep
   * no voter. Only their own seat: never who else was drawn.
   */
  @Get('review-plans')
  @Roles('expert')
  async reviewPlans(@CurrentPrincipal() by: Principal) {
    // Pool ids are UUIDs: an account named otherwise is in no pool (and must not reach the uuid column).
    if (!UUID.test(by.sub)) return [];
    const pools = await this.prisma.expert.findMany({ where: { id: by.sub }, select: { committeeId: true } });
    if (pools.length === 0) return [];
    const plans = await this.prisma.reviewPlan.findMany({ where: { committeeId: { in: pools.map((p) => p.committeeId) }, status: { in: STATUSES } }, orderBy: [{ meetingOn: 'desc' }, { createdAt: 'desc' }], take: 200 });
    const ids = plans.map((plan) => plan.id);
    const draws = new Map((await this.prisma.draw.findMany({ where: { reviewPlanId: { in: ids } } })).map((d) => [d.reviewPlanId, drawResult(d)]));
    const meetings = new Map((await this.prisma.meeting.findMany({ where: { reviewPlanId: { in: ids } } })).map((m) => [m.reviewPlanId, m]));
    const committed = new Set((await this.prisma.commitment.findMany({ where: { reviewPlanId: { in: ids }, expertId: by.sub }, select: { reviewPlanId: true } })).map((c) => c.reviewPlanId));
    const opinions = await this.prisma.opinion.findMany({ where: { reviewPlanId: { in: ids }, expertId: by.sub }, select: { reviewPlanId: true, declarationId: true } });
    const votes = await this.prisma.ballotCast.findMany({ where: { reviewPlanId: { in: ids }, expertId: by.sub }, select: { reviewPlanId: true, declarationId: true } });
    const of = (rows: { reviewPlanId: string; declarationId: string }[], id: string) => rows.filter((row) => row.reviewPlanId === id).map((row) => row.declarationId);
    return plans.flatMap((plan) => {
      const panel = draws.get(plan.id)?.find((p) => p.members.includes(by.sub) || p.substitutes.includes(by.sub));
      if (!panel) return [];
      const meeting = meetings.get(plan.id);
      const sitting = meeting ? meetingSitting(meeting).some((p) => p.members.includes(by.sub)) : null;
      return [
        {
          reviewPlanId: plan.id,
          committeeId: plan.committeeId,
          meetingOn: plan.meetingOn,
          mode: plan.mode,
          place: plan.place,
          defence: plan.defence,
          status: plan.status,
          specialty: panel.specialty,
          seat: panel.members.includes(by.sub) ? 'member' : 'substitute',
          meeting: meeting ? { status: meeting.status, sitting } : null,
          committed: committed.has(plan.id),
          opinions: of(opinions, plan.id),
          voted: of(votes, plan.id),
        },
      ];
    });
  }
}
