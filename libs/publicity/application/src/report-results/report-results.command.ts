import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { createEvent, ResultsReported } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { reportedLate, type ReportingKind } from '@zc/publicity/domain';

export interface ReportResultsRequest {
  kind: ReportingKind;
  declarationIds: string[];
  /** The document number or receipt the province gave. */
  reference: string;
}

/**
 * A committee office reports its results to the province, or files them after publicity (R-PB-4):
 * all the named results at once or none, each marked late when past its deadline.
 */
@Injectable()
export class ReportResultsCommand {
  constructor(
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly clock: Clock,
  ) {}

  execute(request: ReportResultsRequest, by: Principal, correlationId: string) {
    const { kind, reference } = request;
    const declarationIds = [...new Set(request.declarationIds)];
    return this.transactions.execute(async (tx, publish) => {
      const duties = await tx.reportingDuty.findMany({ where: { kind, declarationId: { in: declarationIds } }, orderBy: { declarationId: 'asc' } });
      const missing = declarationIds.filter((id) => !duties.some((duty) => duty.declarationId === id));
      if (missing.length) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `nothing to ${kind} for ${missing.join(', ')}`, issues: missing.map((id) => ({ field: 'declarationIds', message: `${id} owes no ${kind}` })) });
      const [committee, ...others] = new Set(duties.map((duty) => duty.committee));
      if (!committee || others.length) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-PB-4', message: `one report covers one committee's results, not ${[committee, ...others].join(' and ')}` });
      // Names no committee: another office learns nothing from the ids it tried.
      if (!by.roles.includes('bureau-admin') && by.scope.committee !== committee) throw new ForbiddenException('only the office of the committee that reviewed these results reports them');
      const done = duties.filter((duty) => duty.fulfilledAt);
      if (done.length) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-PB-4', message: `already ${kind === 'report' ? 'reported' : 'filed'}: ${done.map((duty) => duty.declarationId).join(', ')}` });

      const reportedAt = this.clock.now();
      await tx.reportingDuty.updateMany({ where: { kind, declarationId: { in: declarationIds } }, data: { fulfilledAt: reportedAt, fulfilledBy: by.sub, reference } });
      const results = duties.map((duty) => ({ declarationId: duty.declarationId, dueAt: duty.dueAt.toISOString(), late: reportedLate(duty.dueAt, reportedAt) }));
      await publish(createEvent(ResultsReported, committee, { kind, committee, reference, reportedAt: reportedAt.toISOString(), results }, { source: 'publicity', correlationId }));
      return { kind, committee, reportedAt: reportedAt.toISOString(), results };
    });
  }
}
