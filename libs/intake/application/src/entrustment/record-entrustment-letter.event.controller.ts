import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EntrustmentLetterIssued, type EventOf } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { EventTransactions } from '@zc/messaging';

/** Intake keeps the entrustment letters issued in the system, to route declarations by them (R-EL-8). */
@Injectable()
export class RecordEntrustmentLetterCommand {
  constructor(private readonly transactions: EventTransactions<IntakePrisma>) {}

  async execute(event: EventOf<typeof EntrustmentLetterIssued>): Promise<void> {
    const { letterId, ...letter } = event.data;
    await this.transactions.handleOnce('intake.record-entrustment-letter', event, async (tx) => {
      await tx.entrustmentLetter.upsert({ where: { id: letterId }, create: { id: letterId, ...letter }, update: {} });
    });
  }
}

@Controller()
export class RecordEntrustmentLetterEventController {
  constructor(private readonly command: RecordEntrustmentLetterCommand) {}

  @EventPattern(EntrustmentLetterIssued.type)
  letterIssued(@Payload() event: EventOf<typeof EntrustmentLetterIssued>) {
    return this.command.execute(event);
  }
}
