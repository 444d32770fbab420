import { Controller, Injectable } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IntegrityRecordRecorded, type EventOf } from '@zc/contracts';
import type { IntakePrisma } from '@zc/intake/data-access';
import { EventTransactions } from '@zc/messaging';

const CONSUMER = 'intake.integrity-archive';

/** Intake's projection of supervision's integrity archive, read at submission (R-EL-6). */
@Injectable()
export class RecordIntegrityCommand {
  constructor(private readonly transactions: EventTransactions<IntakePrisma>) {}

  async execute(event: EventOf<typeof IntegrityRecordRecorded>): Promise<void> {
    const { recordId, idNumber, reason, activeUntil } = event.data;
    await this.transactions.handleOnce(CONSUMER, event, async (tx) => {
      await tx.integrityRecord.upsert({ where: { id: recordId }, create: { id: recordId, idNumber, reason, activeUntil }, update: { idNumber, reason, activeUntil } });
    });
  }
}

@Controller()
export class RecordIntegrityEventController {
  constructor(private readonly command: RecordIntegrityCommand) {}

  @EventPattern(IntegrityRecordRecorded.type)
  recorded(@Payload() event: EventOf<typeof IntegrityRecordRecorded>) {
    return this.command.execute(event);
  }
}
