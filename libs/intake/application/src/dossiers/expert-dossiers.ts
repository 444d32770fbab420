import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { createEvent, DecisionRecorded, DossierRead, DossiersOpened, type EventOf } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { EventTransactions } from '@zc/messaging';
import { Clock, type Principal } from '@zc/platform';

/**
 * The dossiers experts may read (R-CM-5, R-CM-6): those of their panel's declarations, from their
 * online commitment at an open meeting (committee's DossiersOpened) until each is decided
 * (DecisionRecorded). Every read is published (intake.dossier.read.v1), so it is in the audit
 * log (R-SV-4).
 */
@Injectable()
export class ExpertDossiers {
  constructor(
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly clock: Clock,
  ) {}

  async opened(event: EventOf<typeof DossiersOpened>): Promise<void> {
    const { reviewPlanId, expertId, declarationIds } = event.data;
    await this.transactions.handleOnce('intake.open-dossiers', event, async (tx) => {
      await tx.dossierGrant.createMany({ data: declarationIds.map((declarationId) => ({ declarationId, expertId, reviewPlanId })), skipDuplicates: true });
    });
  }

  async decided(event: EventOf<typeof DecisionRecorded>): Promise<void> {
    await this.transactions.handleOnce('intake.close-dossiers', event, async (tx) => {
      await tx.dossierGrant.updateMany({ where: { declarationId: event.data.declarationId, closedAt: null }, data: { closedAt: this.clock.now() } });
    });
  }

  /**
   * Whether the expert may read the declaration now; if so the read is recorded with the event
   * that reports it, in one transaction, before anything is answered.
   */
  async read(expert: Principal, declarationId: string, what: { what: 'declaration' } | { what: 'evidence'; materialIndex: number; part: string }, correlationId: string): Promise<boolean> {
    if (!expert.roles.includes('expert')) return false;
    return this.transactions.execute(async (tx, publish) => {
      const grant = await tx.dossierGrant.findUnique({ where: { declarationId_expertId: { declarationId, expertId: expert.sub } } });
      if (!grant || grant.closedAt) return false;
      await publish(createEvent(DossierRead, declarationId, { declarationId, expertId: expert.sub, reviewPlanId: grant.reviewPlanId, ...what }, { source: 'intake', correlationId }));
      return true;
    });
  }
}

@Controller()
export class ExpertDossiersEventController {
  constructor(private readonly dossiers: ExpertDossiers) {}

  @EventPattern(DossiersOpened.type)
  opened(@Payload() event: EventOf<typeof DossiersOpened>) {
    return this.dossiers.opened(event);
  }
}
