import { Injectable, Logger } from '@nestjs/common';
import { EventTransactions } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';
import { DECLARATION_CHECKS, SETTLED_STATUSES } from '@zc/verification/domain';
import { concludeIfSettled } from './conclude-if-settled';

/**
 * The sweep behind the one verdict: any declaration whose three checks have all settled but which
 * has no verdict is concluded now. A verdict is normally published by the transaction settling the
 * last check; this recovers one lost anyway (a declaration left accepted for ever otherwise), e.g.
 * to the race between two last checks that the case lock now prevents, in data settled before it.
 */
@Injectable()
export class ConcludeSettledDeclarationsCommand {
  private readonly logger = new Logger(ConcludeSettledDeclarationsCommand.name);

  constructor(
    private readonly prisma: VerificationPrisma,
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly clock: Clock,
  ) {}

  /** Returns the declarations it concluded. */
  async execute(): Promise<string[]> {
    const candidates = await this.prisma.$queryRawUnsafe<{ declarationId: string }[]>(
      `SELECT d."declarationId"::text AS "declarationId" FROM "DeclarationCase" d
       WHERE d."concludedAt" IS NULL
         AND (SELECT count(*) FROM "CheckResult" c
              WHERE c."declarationId" = d."declarationId" AND c."check" = ANY($1::text[]) AND c.status = ANY($2::text[])) = $3`,
      [...DECLARATION_CHECKS],
      [...SETTLED_STATUSES],
      DECLARATION_CHECKS.length,
    );
    const concluded: string[] = [];
    for (const { declarationId } of candidates) {
      const done = await this.transactions.execute((tx, publish) => concludeIfSettled(tx, publish, declarationId, { correlationId: declarationId }, this.clock.now()));
      if (done) concluded.push(declarationId);
    }
    if (concluded.length > 0) this.logger.warn(`concluded ${concluded.length} declarations whose checks had all settled without a verdict: ${concluded.join(', ')}`);
    return concluded;
  }
}
