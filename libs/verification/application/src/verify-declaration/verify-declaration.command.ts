import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CheckCompleted, createEvent, type DeclarationAccepted, type EventOf } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { VerificationPrisma } from '@zc/verification/data-access';
import { checkSocialSecurity } from '@zc/verification/domain';
import { verificationSettings } from '../verification.config';

const CONSUMER = 'verification.verify-declaration';

@Injectable()
export class VerifyDeclarationCommand {
  constructor(private readonly transactions: EventTransactions<VerificationPrisma>) {}

  /** Checks an accepted declaration against the social-security feed data held here. */
  async execute(event: EventOf<typeof DeclarationAccepted>): Promise<void> {
    const { declarationId, idNumber, employerCreditCode } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const rows = await tx.socialSecurityRecord.findMany({ where: { idNumber }, orderBy: { month: 'asc' } });
      const records = rows.map((row) => ({ ...row, id: String(row.id) }));
      const verdict = checkSocialSecurity({ idNumber, employerCreditCode }, records, verificationSettings.SOCIAL_SECURITY_REQUIRED_MONTHS);
      const checkedAt = new Date();
      const evidence = verdict.evidence.map((r) => ({
        source: 'social-security',
        recordId: r.id,
        batchId: r.batchId,
        fetchedAt: r.receivedAt.toISOString(),
      }));
      await tx.checkResult.create({
        data: { id: randomUUID(), declarationId, check: 'social-security', outcome: verdict.outcome, reason: verdict.reason, evidence, checkedAt },
      });
      await publish(
        createEvent(
          CheckCompleted,
          declarationId,
          { declarationId, check: 'social-security', outcome: verdict.outcome, reason: verdict.reason, evidence },
          { source: 'verification', correlationId: event.correlationId, causedBy: event },
        ),
      );
    });
  }
}
