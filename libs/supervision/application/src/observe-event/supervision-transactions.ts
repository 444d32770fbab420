import { Injectable } from '@nestjs/common';
import { EventTransactions, OutboxRelay, type SqlExecutor } from '@zc/messaging';
import { SupervisionPrisma } from '@zc/supervision/data-access';

/**
 * Supervision's event transactions on the pg driver, without Prisma: its hot paths (every event
 * observed, every deferred check) are SQL of its own, and Prisma's per-statement cost (its query
 * compiler and client) was about half of the service's CPU. Same outbox, inbox and relay.
 */
@Injectable()
export class SupervisionTransactions extends EventTransactions<SqlExecutor> {
  constructor(prisma: SupervisionPrisma, relay: OutboxRelay) {
    super((work) => prisma.$rawTransaction(work), relay);
  }
}
