import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { IntakePrisma } from '@zc/intake/data-access';
import { annualPlanSchema, type AnnualPlan } from '@zc/intake/domain';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { emptyRequest } from '../review/review-declaration.request';
import { ManagePlansCommand } from './manage-plans.command';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class ManagePlansHttpController {
  constructor(
    private readonly command: ManagePlansCommand,
    private readonly prisma: IntakePrisma,
  ) {}

  /** Every plan's versions: published ones for everyone, drafts for the bureau. */
  @Get()
  @Roles('applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector')
  async list(@CurrentPrincipal() principal: Principal) {
    const drafts = principal.roles.includes('bureau-admin');
    return this.prisma.annualPlan.findMany({
      where: drafts ? {} : { status: 'published' },
      select: { id: true, version: true, status: true, region: true, year: true, publishedAt: true },
      orderBy: [{ region: 'asc' }, { id: 'asc' }, { version: 'asc' }],
    });
  }

  @Get(':id')
  @Roles('applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector')
  async get(@Param('id') id: string, @CurrentPrincipal() principal: Principal) {
    const drafts = principal.roles.includes('bureau-admin');
    const versions = await this.prisma.annualPlan.findMany({ where: { id, ...(drafts ? {} : { status: 'published' }) }, orderBy: { version: 'asc' } });
    if (versions.length === 0) throw new NotFoundException(`no plan ${id}`);
    const changes = drafts ? await this.prisma.planChange.findMany({ where: { planId: id }, orderBy: { seq: 'asc' } }) : [];
    return { id, versions, changes: changes.map((c) => ({ ...c, seq: String(c.seq) })) };
  }

  @Post()
  @HttpCode(201)
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(annualPlanSchema) })
  create(@Body(new ZodValidationPipe(annualPlanSchema)) plan: AnnualPlan, @CurrentPrincipal() principal: Principal) {
    return this.command.saveDraft(plan, principal);
  }

  @Put(':id')
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(annualPlanSchema) })
  edit(@Param('id') id: string, @Body(new ZodValidationPipe(annualPlanSchema)) plan: AnnualPlan, @CurrentPrincipal() principal: Principal) {
    if (plan.id !== id) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'id', reason: `must be ${id}, the plan in the path` }] });
    }
    return this.command.saveDraft(plan, principal);
  }

  @Post(':id/publication')
  @HttpCode(200)
  @Roles('bureau-admin')
  publish(@Param('id') id: string, @Body(new ZodValidationPipe(emptyRequest)) _body: object, @CurrentPrincipal() principal: Principal, @CorrelationId() correlationId: string) {
    return this.command.publish(id, principal, correlationId);
  }
}
