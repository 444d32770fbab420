import { Injectable } from '@nestjs/common';
import { CertificateRevoked, createEvent, type DeclarationStatusChanged, type Envelope, type EventOf, type IntegrityRecordRecorded } from '@zc/contracts';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { EventTransactions } from '@zc/messaging';
import { Clock } from '@zc/platform';

const CONSUMER = 'certificate.withdraw-declaration';
const ON_INTEGRITY_RECORD = 'certificate.revoke-on-integrity-record';
/** Intake's statuses after which no title stands (R-SV-1, R-CT-4). */
const WITHDRAWN = ['cancelled', 'revoked'];

/**
 * When intake cancels a declaration or revokes its title, its certificate is revoked at once (so
 * verification answers "revoked" as soon as the event is handled), and none is issued for it later.
 */
@Injectable()
export class RevokeCertificateCommand {
  constructor(
    private readonly transactions: EventTransactions<CertificatePrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(event: EventOf<typeof DeclarationStatusChanged>): Promise<void> {
    const { declarationId, to, reason } = event.data;
    if (!WITHDRAWN.includes(to)) return;
    await this.withdraw(CONSUMER, event, declarationId, to, reason);
  }

  /** The integrity archive names the declaration a fraud was found in: its title goes (R-SV-1, R-CT-4). */
  async integrityRecorded(event: EventOf<typeof IntegrityRecordRecorded>): Promise<void> {
    const { declarationId, recordId, reason } = event.data;
    if (!declarationId) return;
    await this.withdraw(ON_INTEGRITY_RECORD, event, declarationId, 'revoked', `integrity record ${recordId}: ${reason}`);
  }

  private async withdraw(consumer: string, event: Envelope, declarationId: string, status: string, reason: string): Promise<void> {
    await this.transactions.handleOnce(consumer, event, async (tx, publish) => {
      await tx.withdrawnDeclaration.upsert({ where: { declarationId }, create: { declarationId, status, reason }, update: {} });
      const certificate = await tx.certificate.findUnique({ where: { declarationId } });
      if (!certificate || certificate.status === 'revoked') return;
      const revokedAt = this.clock.now();
      await tx.certificate.update({ where: { id: certificate.id }, data: { status: 'revoked', revokedAt, revocationReason: reason } });
      await publish(
        createEvent(
          CertificateRevoked,
          declarationId,
          { certificateId: certificate.id, certificateNumber: certificate.number, declarationId, reason, revokedAt: revokedAt.toISOString() },
          { source: 'certificate', correlationId: event.correlationId, causedBy: event },
        ),
      );
    });
  }
}
