import { Injectable, Logger } from '@nestjs/common';
import type { Envelope } from '@zc/contracts';
import { IntakePrisma } from '@zc/intake/data-access';
import { isClosed, isDownstreamStatus, nextStatus, type ProgressFact } from '@zc/intake/domain';
import { EventTransactions } from '@zc/messaging';

const CONSUMER = 'intake.track-progress';

@Injectable()
export class TrackProgressCommand {
  private readonly logger = new Logger(TrackProgressCommand.name);

  constructor(private readonly transactions: EventTransactions<IntakePrisma>) {}

  /** Applies what another service reports about a declaration, once per event. */
  async execute(event: Envelope, declarationId: string, fact: ProgressFact): Promise<void> {
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      // Lock the row: two events about one declaration may be handled at once from two topics.
      const [row] = await tx.$queryRawUnsafe<{ status: string }[]>(
        'SELECT status FROM "Declaration" WHERE id = $1::uuid FOR UPDATE',
        declarationId,
      );
      if (!row) throw new Error(`declaration ${declarationId} is unknown to intake`);
      if (isClosed(row.status)) {
        this.logger.log(`${event.type} arrived for declaration ${declarationId}, already ${row.status}: nothing changes`);
        return;
      }
      if (!isDownstreamStatus(row.status)) throw new Error(`declaration ${declarationId} is ${row.status}, not yet accepted`);
      const change = nextStatus(row.status, fact);
      if (!change) {
        this.logger.debug(`${event.type} leaves declaration ${declarationId} at ${row.status}`);
        return;
      }
      await tx.declaration.update({
        where: { id: declarationId },
        data: {
          status: change.to,
          history: { create: { fromStatus: row.status, toStatus: change.to, reason: change.reason, eventId: event.id, actor: 'system', actorId: event.source } },
        },
      });
    });
  }
}
