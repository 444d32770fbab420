import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CommitteePrisma, drawPublicInputs, drawResult } from '@zc/committee/data-access';
import { commitmentTo, drawPanels, drawSeedOf, type PanelDraw, type PublicDrawInputs } from '@zc/committee/domain';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Public, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { assertOversees, notFound } from '../committee-access';
import { DrawExpertsCommand } from './draw-experts.command';

const drawRequest = z.strictObject({
  /** The witness's own input, unknown when the seed was committed (e.g. a number they choose on the spot). */
  witnessInput: z.string().trim().min(1).max(200),
});

@ApiTags('draws')
@ApiBearerAuth()
@Controller('review-plans/:id/draw')
export class DrawsHttpController {
  constructor(
    private readonly prisma: CommitteePrisma,
    private readonly draw: DrawExpertsCommand,
  ) {}

  /** An inspector of the committee's region witnesses the draw and brings the witness input (R-CM-2, R-SV-2). */
  @Post()
  @Roles('inspector')
  @ApiBody({ schema: openApiSchemaOf(drawRequest) })
  async run(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(drawRequest)) body: z.infer<typeof drawRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    const { reviewPlanId, panels } = await this.draw.execute(id, body.witnessInput, by, correlationId);
    return { reviewPlanId, panels: panels.map(withoutRecusals) };
  }

  /**
   * The drawn panels, for the office of the committee, the inspectors of its region and the bureau
   * (was: any office or inspector). Names are sealed until the meeting opens: before it, the office
   * of the committee (and the bureau) sees them, the inspectors expert ids only.
   */
  @Get()
  @Roles('bureau-admin', 'committee-office', 'inspector')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() by: Principal) {
    await assertOversees(this.prisma, by, (await this.prisma.reviewPlan.findUnique({ where: { id }, select: { committeeId: true } }))?.committeeId);
    const { plan, draw } = await this.load(id);
    const panels = drawResult(draw);
    const opened = meetingOpened(plan.status);
    const mayUnseal = opened || by.roles.includes('bureau-admin') || (by.roles.includes('committee-office') && by.scope.committee === plan.committeeId);
    if (!mayUnseal) return { reviewPlanId: id, sealed: true, panels: panels.map(withoutRecusals) };
    const experts = new Map((await this.prisma.expert.findMany({ where: { committeeId: plan.committeeId } })).map((e) => [e.id, e.name]));
    const named = (ids: string[]) => ids.map((expertId) => ({ expertId, name: experts.get(expertId) }));
    return { reviewPlanId: id, sealed: false, panels: panels.map((p) => ({ ...p, members: named(p.members), substitutes: named(p.substitutes) })) };
  }

  /**
   * Everything the draw depended on, for anyone to recompute it (`npm run draw:recompute -- --url …`),
   * once the meeting opens. Before that the inputs are sealed like the names: the pool's employers
   * and declared conflicts, with the revealed seed, would let anyone work out who sits on the panel
   * and approach them (R-CM-5); only the commitment, the panel specs and the counts are public.
   */
  @Get('public-inputs')
  @Public()
  async publicInputs(@Param('id', new ParseUUIDPipe()) id: string): Promise<PublicDrawInputs | SealedDrawInputs> {
    const { plan, draw } = await this.load(id);
    const inputs = drawPublicInputs(draw);
    if (meetingOpened(plan.status)) return inputs;
    return { reviewPlanId: id, sealed: true, unsealedWhen: 'the meeting opens', seedCommitment: inputs.seedCommitment, panels: inputs.panels, experts: inputs.experts.length, declarations: inputs.declarations.length };
  }

  /** The same recomputation, done here: the seed against its commitment, and the panels again. */
  @Get('verification')
  @Public()
  async verify(@Param('id', new ParseUUIDPipe()) id: string) {
    const { draw } = await this.load(id);
    const inputs = drawPublicInputs(draw);
    const seedMatchesCommitment = commitmentTo(inputs.revealedSeed) === inputs.seedCommitment;
    const again = drawPanels({ ...inputs, seed: drawSeedOf(inputs.revealedSeed, inputs.witnessInput) });
    // JSONB keeps no key order, so compare what was drawn, field by field.
    const drawnOf = (panels: PanelDraw[]) => JSON.stringify(panels.map(({ specialty, members, substitutes }) => ({ specialty, members, substitutes })));
    const panelsMatch = again.ok && drawnOf(again.panels) === drawnOf(drawResult(draw));
    return { reviewPlanId: id, seedMatchesCommitment, panelsMatch };
  }

  private async load(id: string) {
    const plan = await this.prisma.reviewPlan.findUnique({ where: { id } });
    const draw = await this.prisma.draw.findUnique({ where: { reviewPlanId: id } });
    if (!plan || !draw) throw notFound(`draw of review plan ${id}`);
    return { plan, draw };
  }
}

/** What the public sees of a draw before its meeting opens. */
interface SealedDrawInputs {
  reviewPlanId: string;
  sealed: true;
  unsealedWhen: string;
  seedCommitment: string;
  panels: PublicDrawInputs['panels'];
  experts: number;
  declarations: number;
}

const meetingOpened = (status: string) => status === 'meeting-open' || status === 'closed';

/** Recusal reasons name units and declarations: for the office's eyes; the answer gives their count. */
function withoutRecusals({ recused, ...panel }: PanelDraw) {
  return { ...panel, recused: recused.length };
}
