import { Body, Controller, Get, Inject, Param, Post, UnprocessableEntityException } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { CommitteeRegistered, createEvent, EntrustmentLetterIssued } from '@zc/contracts';
import { CommitteePrisma } from '@zc/committee/data-access';
import { authorised, filed, poolProblems } from '@zc/committee/domain';
import { EventTransactions } from '@zc/messaging';
import { Clock, CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { assertManages, assertOversees, notFound } from '../committee-access';
import { conflict } from '../meetings/meeting-errors';
import { readyDeclarations } from '../routing/ready-declarations';
import { addExpertRequest, entrustmentLetterRequest, registerCommitteeRequest } from './committee.requests';

@ApiTags('committees')
@ApiBearerAuth()
@Controller('committees')
export class CommitteesHttpController {
  constructor(
    private readonly prisma: CommitteePrisma,
    private readonly transactions: EventTransactions<CommitteePrisma>,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The bureau registers a committee with its filing (R-CM-1); registering again updates it. */
  @Post()
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(registerCommitteeRequest) })
  register(@Body(new ZodValidationPipe(registerCommitteeRequest)) body: z.infer<typeof registerCommitteeRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const committee = await tx.committee.upsert({ where: { id: body.id }, create: { ...body, createdBy: by.sub }, update: body });
      const { id: committeeId, name, type, region, filingNumber, filedUntil } = body;
      await publish(createEvent(CommitteeRegistered, committeeId, { committeeId, name, type, region, filingNumber, filedUntil }, { source: 'committee', correlationId }));
      return { ...committee, filed: filed(committee, this.clock.today()) };
    });
  }

  @Get()
  @Roles('bureau-admin', 'committee-office', 'inspector')
  async list() {
    const today = this.clock.today();
    // Authorised: filed and within its filing (R-CM-1), and not barred for a missed deadline (R-CM-8).
    return (await this.prisma.committee.findMany({ orderBy: { id: 'asc' } })).map((c) => ({ ...c, filed: filed(c, today), authorised: authorised(c, today) }));
  }

  /** Adds an expert to the committee's pool; the name is sealed from everyone but the office and the bureau. */
  @Post(':id/experts')
  @Roles('bureau-admin', 'committee-office')
  @ApiBody({ schema: openApiSchemaOf(addExpertRequest) })
  async addExpert(@Param('id') id: string, @Body(new ZodValidationPipe(addExpertRequest)) body: z.infer<typeof addExpertRequest>, @CurrentPrincipal() by: Principal) {
    assertManages(by, id);
    if (!(await this.prisma.committee.findUnique({ where: { id } }))) throw notFound(`committee ${id}`);
    const { id: account, ...expert } = body;
    // One account is one expert of one pool: the id is the pool row's key.
    if (account && (await this.prisma.expert.findUnique({ where: { id: account }, select: { id: true } }))) throw conflict(null, 'this expert account is already in a pool');
    return this.prisma.expert.create({ data: { id: account ?? randomUUID(), committeeId: id, ...expert } });
  }

  @Get(':id/experts')
  @Roles('bureau-admin', 'committee-office')
  async experts(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    assertManages(by, id);
    return this.prisma.expert.findMany({ where: { committeeId: id }, orderBy: { createdAt: 'asc' } });
  }

  /** What is wrong with the pool, if anything (R-CM-3): for the committee's office, the inspectors of its region and the bureau (was: any office or inspector). */
  @Get(':id/pool-report')
  @Roles('bureau-admin', 'committee-office', 'inspector')
  async poolReport(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    await assertOversees(this.prisma, by, id);
    const committee = await this.prisma.committee.findUnique({ where: { id } });
    if (!committee) throw notFound(`committee ${id}`);
    const experts = await this.prisma.expert.findMany({ where: { committeeId: id } });
    return {
      committeeId: id,
      experts: experts.length,
      highSkill: experts.filter((e) => e.highSkill).length,
      nonPublic: experts.filter((e) => e.nonPublic).length,
      problems: poolProblems(experts, { openToHighSkill: committee.openToHighSkill }),
    };
  }

  /** Declarations routed to the committee that verification passed and no review plan holds yet. */
  @Get(':id/ready-declarations')
  @Roles('bureau-admin', 'committee-office')
  async ready(@Param('id') id: string, @CurrentPrincipal() by: Principal) {
    assertManages(by, id);
    return readyDeclarations(this.prisma, id);
  }

  /**
   * The bureau issues an entrustment letter in the system (R-EL-8): this committee takes another
   * region's declarations of a series it reviews, where that region has no committee for them.
   */
  @Post(':id/entrustment-letters')
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(entrustmentLetterRequest) })
  issueLetter(@Param('id') id: string, @Body(new ZodValidationPipe(entrustmentLetterRequest)) body: z.infer<typeof entrustmentLetterRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const committee = await tx.committee.findUnique({ where: { id } });
      if (!committee) throw notFound(`committee ${id}`);
      const uncovered = [...(committee.series.includes(body.series) ? [] : [`series ${body.series}`]), ...body.levels.filter((level) => !committee.levels.includes(level)).map((level) => `level ${level}`)];
      if (uncovered.length > 0) throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: `committee ${id} does not review ${uncovered.join(', ')}` });
      const letter = await tx.entrustmentLetter.create({ data: { id: randomUUID(), committeeId: id, ...body, issuedBy: by.sub } });
      const { fromRegion, series, levels, specialties, validUntil } = body;
      await publish(createEvent(EntrustmentLetterIssued, letter.id, { letterId: letter.id, committeeId: id, fromRegion, series, levels, specialties, validUntil }, { source: 'committee', correlationId }));
      return letter;
    });
  }
}
