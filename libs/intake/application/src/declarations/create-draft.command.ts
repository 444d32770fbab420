import { ForbiddenException, Injectable, UnprocessableEntityException } from '@nestjs/common';
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
    const applicant = declaringPerson(request, by);
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
        applicantName: applicant.name,
        idNumber: applicant.idNumber,
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

const refused = (field: string, reason: string) =>
  new ForbiddenException({ statusCode: 403, error: 'Forbidden', message: reason, issues: [{ field, reason }] });

/**
 * Who declares: the person the identity provider vouches for (实名), never whoever the body names,
 * so nobody can declare under a rival's number and bar them for the year (R-EL-4).
 */
function declaringPerson(request: DeclarationRequest, by: Principal): { idNumber: string; name: string } {
  if (!by.idNumber || !by.name) throw refused('idNumber', 'your account carries no verified name and identity number (实名); sign in with a real-name account');
  const idNumber = by.idNumber.toUpperCase();
  if (request.idNumber !== undefined && request.idNumber !== idNumber) throw refused('idNumber', 'you may declare only under your own identity number, the one your sign-in vouches for');
  if (request.applicantName !== undefined && request.applicantName !== by.name) throw refused('applicantName', 'you may declare only under your own name, the one your sign-in vouches for');
  return { idNumber, name: by.name };
}
