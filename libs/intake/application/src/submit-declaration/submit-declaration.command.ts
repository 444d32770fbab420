import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createEvent, DeclarationSubmitted } from '@zc/contracts';
import { IntakePrisma } from '@zc/intake/data-access';
import { EventTransactions } from '@zc/messaging';
import type { Principal } from '@zc/platform';
import type { SubmitDeclarationRequest } from './submit-declaration.request';

export interface SubmittedDeclaration {
  id: string;
  status: 'submitted';
}

@Injectable()
export class SubmitDeclarationCommand {
  constructor(private readonly transactions: EventTransactions<IntakePrisma>) {}

  /** Stores the declaration and its `submitted` event in one transaction. */
  async execute(request: SubmitDeclarationRequest, by: Principal, correlationId: string): Promise<SubmittedDeclaration> {
    const id = randomUUID();
    await this.transactions.execute(async (tx, publish) => {
      await tx.declaration.create({
        data: { id, submittedBy: by.sub, status: 'submitted', ...request, history: { create: { toStatus: 'submitted' } } },
      });
      await publish(createEvent(DeclarationSubmitted, id, { declarationId: id, ...request }, { source: 'intake', correlationId }));
    });
    return { id, status: 'submitted' };
  }
}
