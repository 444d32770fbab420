import { Injectable } from '@nestjs/common';
import { createEvent, FeedBatchReceived, type FeedSourceName } from '@zc/contracts';
import { EventTransactions } from '@zc/messaging';
import { Clock } from '@zc/platform';
import { insertFeedRows, VerificationPrisma } from '@zc/verification/data-access';
import { FEED_DEFINITIONS } from '@zc/verification/domain';

export type Way = 'stream' | 'pull' | 'push';

/** A record as it came, and how to point at it in a report (an offset, an index). */
export interface IncomingRecord {
  ref: string;
  fields: unknown;
}

export interface BatchReport {
  batchId: string;
  source: FeedSourceName;
  rowsRead: number;
  rowsAccepted: number;
  rowsAlreadyHeld: number;
  rowsRejected: number;
  rejected: { ref: string; reason: string }[];
}

/**
 * Takes a batch of records that came by stream, pull or push (files have their own importer): the
 * valid ones are stored with their provenance and the batch's data-quality report is published in
 * the same transaction; checks waiting for this data re-run on that event. `allOrNothing` stores
 * nothing if any record is invalid (a push over HTTP answers 400 instead).
 */
@Injectable()
export class ReceiveFeedRecordsCommand {
  constructor(
    private readonly transactions: EventTransactions<VerificationPrisma>,
    private readonly clock: Clock,
  ) {}

  async execute(source: FeedSourceName, way: Way, batchId: string, records: readonly IncomingRecord[], options: { allOrNothing: boolean; correlationId: string }): Promise<BatchReport> {
    const definition = FEED_DEFINITIONS[source];
    const valid: object[] = [];
    const rejected: BatchReport['rejected'] = [];
    for (const record of records) {
      const verdict = typeof record.fields === 'object' && record.fields !== null && !Array.isArray(record.fields)
        ? definition.validate(record.fields as Record<string, unknown>)
        : ({ ok: false, reason: 'record: must be a JSON object' } as const);
      if (verdict.ok) valid.push(verdict.row);
      else rejected.push({ ref: record.ref, reason: verdict.reason });
    }
    const report = { batchId, source, rowsRead: records.length, rowsAccepted: 0, rowsAlreadyHeld: 0, rowsRejected: rejected.length, rejected };
    if (options.allOrNothing && rejected.length > 0) return report;

    return this.transactions.execute(async (tx, publish) => {
      const receivedAt = this.clock.now();
      const inserted = await insertFeedRows(tx, definition, valid, batchId, receivedAt);
      const counted = { ...report, rowsAccepted: inserted, rowsAlreadyHeld: valid.length - inserted };
      const rejectReasons: Record<string, number> = {};
      for (const { reason } of rejected) {
        const field = reason.split(':')[0] as string;
        rejectReasons[field] = (rejectReasons[field] ?? 0) + 1;
      }
      const { rejected: _r, ...counts } = counted;
      await publish(createEvent(FeedBatchReceived, batchId, { ...counts, way, receivedAt: receivedAt.toISOString(), rejectReasons }, { source: 'verification', correlationId: options.correlationId }));
      return counted;
    });
  }
}
