import { Injectable, UnprocessableEntityException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { IntakePrisma } from '@zc/intake/data-access';
import { Clock, type Principal } from '@zc/platform';
import { PlanRepository } from '../plans/plan-repository';
import { profileOf, type DeclarationRequest } from './declaration.request';

@Injectable()
export class CreateDraftCommand {
  constructor(
    private readonly prisma: IntakePrisma,
    private readonly plans: PlanRepository,
    private readonly clock: Clock,
  ) {}

  /** A draft under the plan in force for its region, this year and its series. */
  async execute(request: DeclarationRequest, by: Principal) {
    const year = Number(this.clock.today().slice(0, 4));
    const plan = await this.plans.planFor(request.region, year, request.series);
    if (!plan) {
      throw new UnprocessableEntityException({
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: `no published ${year} plan of ${request.region} covers the ${request.series} series`,
        issues: [{ field: 'region', reason: `no published ${year} plan covers ${request.series} here` }],
      });
    }
    const { materials, employment, ...facts } = request;
    const declaration = await this.prisma.declaration.create({
      data: {
        id: randomUUID(),
        submittedBy: by.sub,
        status: 'draft',
        applicantName: facts.applicantName,
        idNumber: facts.idNumber,
        employerCreditCode: facts.employerCreditCode,
        department: facts.department,
        series: facts.series,
        specialty: facts.specialty,
        level: facts.level,
        region: facts.region,
        channel: facts.channel,
        planId: plan.id,
        planVersion: plan.version,
        profile: profileOf(request),
        materials: materials.map((material) => ({ ...material, parts: [] })),
        employment,
        history: { create: { toStatus: 'draft', actor: 'applicant', actorId: by.sub, reason: `drafted under plan ${plan.id} v${plan.version}` } },
      },
    });
    return { id: declaration.id, status: declaration.status, planId: plan.id, planVersion: plan.version };
  }
}
