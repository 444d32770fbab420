import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { CertificateIssued, createEvent, type EventOf, type ResultPublished } from '@zc/contracts';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { canonicalPayload, certificateNumber, signPayload, type CertificateContent } from '@zc/certificate/domain';
import { EventTransactions } from '@zc/messaging';
import { certificateSettings } from '../certificate.config';

const CONSUMER = 'certificate.issue-certificate';

@Injectable()
export class IssueCertificateCommand {
  private readonly keys = {
    privateKey: certificateSettings.CERTIFICATE_SM2_PRIVATE_KEY,
    publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY,
  };

  constructor(private readonly transactions: EventTransactions<CertificatePrisma>) {}

  /** One signed certificate per published pass (R-CT-1); the unique declaration id backs "one". */
  async execute(event: EventOf<typeof ResultPublished>): Promise<void> {
    const { declarationId, applicantName, series, level, region } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      if (await tx.certificate.findUnique({ where: { declarationId } })) return;
      // A declaration cancelled or revoked meanwhile gets no certificate (R-SV-1).
      if (await tx.withdrawnDeclaration.findUnique({ where: { declarationId } })) return;
      const issuedAt = new Date();
      const scope = { region, year: issuedAt.getUTCFullYear(), series };
      const [{ serial }] = await tx.$queryRawUnsafe<{ serial: number }[]>(
        `INSERT INTO "CertificateSequence" (scope, next) VALUES ($1, 1)
         ON CONFLICT (scope) DO UPDATE SET next = "CertificateSequence".next + 1 RETURNING next AS serial`,
        `${scope.region}/${scope.year}/${scope.series}`,
      );
      const content: CertificateContent = {
        id: randomUUID(),
        number: certificateNumber(scope, serial),
        declarationId,
        holderName: applicantName,
        series,
        level,
        issuedAt: issuedAt.toISOString(),
        issuer: certificateSettings.CERTIFICATE_ISSUER,
      };
      const payload = canonicalPayload(content);
      await tx.certificate.create({
        data: {
          ...content,
          issuedAt,
          payload,
          signature: signPayload(payload, this.keys),
          checkCode: randomBytes(6).toString('hex'),
        },
      });
      await publish(
        createEvent(
          CertificateIssued,
          declarationId,
          { certificateId: content.id, certificateNumber: content.number, declarationId, holderName: applicantName, series, level, issuedAt: content.issuedAt },
          { source: 'certificate', correlationId: event.correlationId, causedBy: event },
        ),
      );
    });
  }
}
