import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, ObjectionDecided, ObjectionFiled } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';
import { PublicityPrisma } from '@zc/publicity/data-access';
import { settleWindow } from '../close-window/close-window.command';

/**
 * Objections to results on display (R-PB-2): filed while the window is open, they hold the
 * person's result; upheld, the result is withheld at once; dismissed after the window's end, the
 * result is published then (R-PB-3).
 */
@Injectable()
export class ObjectionsCommand {
  constructor(
    private readonly transactions: EventTransactions<PublicityPrisma>,
    private readonly clock: Clock,
  ) {}

  file(windowId: string, body: { target: string; evidence: string; contact: string }, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const window = await tx.publicityWindow.findUnique({ where: { id: windowId } });
      if (!window) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no result on display under ${windowId}` });
      if (window.status !== 'open' || window.closesAt <= this.clock.now()) throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-PB-2', message: 'objections are taken while the result is on display' });
      const targetKey = targetKeyOf(body.target);
      const filed = await tx.objection.findUnique({ where: { windowId_targetKey: { windowId, targetKey } } });
      if (filed) return { objectionId: filed.id, status: filed.status, duplicate: true };
      const id = randomUUID();
      await tx.objection.create({ data: { id, windowId, declarationId: window.declarationId, ...body, targetKey, status: 'open' } });
      await publish(createEvent(ObjectionFiled, window.declarationId, { objectionId: id, windowId, declarationId: window.declarationId, target: body.target }, { source: 'publicity', correlationId }));
      return { objectionId: id, status: 'open' };
    });
  }

  decide(id: string, body: { decision: 'upheld' | 'dismissed'; reason: string }, by: Principal, correlationId: string) {
    return this.transactions.execute(async (tx, publish) => {
      const objection = await tx.objection.findUnique({ where: { id } });
      if (!objection) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no objection ${id}` });
      if (!by.roles.includes('bureau-admin')) {
        const candidate = await tx.candidate.findUnique({ where: { declarationId: objection.declarationId } });
        if (!candidate?.committee || candidate.committee !== by.scope.committee) throw new ForbiddenException('only the office of the committee that reviewed the result, or the bureau, decides this objection');
      }
      if (objection.status !== 'open') throw new ConflictException({ statusCode: 409, error: 'Conflict', ruleId: 'R-PB-2', message: `the objection was already ${objection.status}` });
      await tx.objection.update({ where: { id }, data: { status: body.decision, reason: body.reason, decidedBy: by.sub, decidedAt: this.clock.now() } });
      await publish(createEvent(ObjectionDecided, objection.declarationId, { objectionId: id, declarationId: objection.declarationId, ...body }, { source: 'publicity', correlationId }));
      const window = await settleWindow(tx, publish, objection.windowId, this.clock.now(), `objection upheld (R-PB-2): ${body.reason}`);
      return { objectionId: id, status: body.decision, window };
    });
  }
}

/** The target as compared for duplicates: case, width and spacing aside (“Paper A” = “paper  a”). */
export function targetKeyOf(target: string): string {
  return target.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
