import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { CertificateIssued, createEvent, type DecisionRecorded, type DeclarationAccepted, type Envelope, type EventOf, type ResultPublished, type WindowOpened } from '@zc/contracts';
import { CertificatePrisma } from '@zc/certificate/data-access';
import { canonicalPayload, certificateContentOf, certificateNumber, numberingScopeOf, readyToIssue, signPayload } from '@zc/certificate/domain';
import { EventTransactions, type Publish } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { certificateSettings } from '../certificate.config';
import { DocumentRendering } from '../render-documents/document-rendering.queue';

const CONSUMER = 'certificate.issue-certificate';

type Facts = Omit<Parameters<CertificatePrisma['dossier']['create']>[0]['data'], 'declarationId'>;

/**
 * Gathers what a certificate says from intake, committee and publicity, and issues one signed
 * certificate per published pass (R-CT-1) once everything is in; its PDFs are rendered after.
 */
@Injectable()
export class IssueCertificateCommand {
  private readonly keys = {
    privateKey: certificateSettings.CERTIFICATE_SM2_PRIVATE_KEY,
    publicKey: certificateSettings.CERTIFICATE_SM2_PUBLIC_KEY,
  };

  constructor(
    private readonly transactions: EventTransactions<CertificatePrisma>,
    private readonly rendering: DocumentRendering,
    private readonly clock: Clock,
  ) {}

  declarationAccepted(event: EventOf<typeof DeclarationAccepted>) {
    const d = event.data;
    return this.record(event, d.declarationId, {
      applicantName: d.applicantName,
      idNumber: d.idNumber,
      applicantAccount: d.applicantAccount ?? null,
      employerCreditCode: d.employerCreditCode,
      series: d.series,
      seriesName: d.seriesName ?? null,
      specialty: d.specialty,
      specialtyName: d.specialtyName ?? null,
      titleName: d.titleName ?? null,
      level: d.level,
      region: d.region,
      channel: d.channel,
      directedCounty: d.directedCounty ?? null,
      committee: d.committee,
    });
  }

  decisionRecorded(event: EventOf<typeof DecisionRecorded>) {
    const { declarationId, outcome, attending, votesFor, votesAgainst, abstentions } = event.data;
    return this.record(event, declarationId, { outcome, attending, votesFor, votesAgainst, abstentions, decidedAt: new Date(event.time) });
  }

  windowOpened(event: EventOf<typeof WindowOpened>) {
    return this.record(event, event.data.declarationId, { publicityOpensAt: new Date(event.data.opensAt), publicityClosesAt: new Date(event.data.closesAt) });
  }

  resultPublished(event: EventOf<typeof ResultPublished>) {
    return this.record(event, event.data.declarationId, { publishedAt: new Date(event.data.publishedAt), publishedBy: event.data.windowId, correlationId: event.correlationId });
  }

  private async record(event: Envelope, declarationId: string, facts: Facts): Promise<void> {
    let issued: string | undefined;
    await this.transactions.handleOnce(CONSUMER, event, async (tx, publish) => {
      const dossier = await tx.dossier.upsert({ where: { declarationId }, create: { declarationId, ...facts }, update: facts });
      issued = await this.issueIfReady(tx, publish, dossier, event);
    });
    if (issued) await this.rendering.enqueue(issued);
  }

  private async issueIfReady(tx: CertificatePrisma, publish: Publish, dossier: Awaited<ReturnType<CertificatePrisma['dossier']['upsert']>>, event: Envelope): Promise<string | undefined> {
    if (!readyToIssue(dossier)) return undefined;
    const { declarationId } = dossier;
    if (await tx.certificate.findUnique({ where: { declarationId } })) return undefined;
    // A declaration cancelled or revoked meanwhile gets no certificate (R-SV-1).
    if (await tx.withdrawnDeclaration.findUnique({ where: { declarationId } })) return undefined;
    const issuedAt = this.clock.now();
    const scope = numberingScopeOf(dossier, issuedAt);
    const [{ serial }] = await tx.$queryRawUnsafe<{ serial: number }[]>(
      `INSERT INTO "CertificateSequence" (scope, next) VALUES ($1, 1)
       ON CONFLICT (scope) DO UPDATE SET next = "CertificateSequence".next + 1 RETURNING next AS serial`,
      `${scope.region}/${scope.year}/${scope.series}`,
    );
    const content = certificateContentOf(dossier, { id: randomUUID(), number: certificateNumber(scope, serial), issuedAt, issuer: certificateSettings.CERTIFICATE_ISSUER });
    const payload = canonicalPayload(content);
    await tx.certificate.create({ data: { ...content, issuedAt, payload, signature: signPayload(payload, this.keys), checkCode: randomBytes(6).toString('hex') } });
    await publish(
      createEvent(
        CertificateIssued,
        declarationId,
        { certificateId: content.id, certificateNumber: content.number, declarationId, holderName: content.holderName, series: content.series, level: content.level, issuedAt: content.issuedAt },
        { source: 'certificate', correlationId: dossier.correlationId ?? event.correlationId, causedBy: event },
      ),
    );
    return content.id;
  }
}
