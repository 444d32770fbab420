import type { FeedSourceName } from '@zc/contracts';

/** Where a record came from (R-VF-4): the feed, the record, the batch, and when it was received. */
export interface Provenance {
  id: string;
  source: FeedSourceName;
  batchId: string;
  receivedAt: Date;
}

export type WithProvenance<Row> = Row & Provenance;

/**
 * What one check concludes from the data it has:
 * - settled (`passed` or `failed`), with the records it rests on;
 * - `pending`: the feed holds nothing to judge by yet; it is judged again when data arrives;
 * - `manual-review`: the data cannot settle it (e.g. no matching degree); the committee office decides.
 */
export type CheckVerdict =
  | { status: 'passed' | 'failed'; settledBy: 'feed-data' | 'promise'; reason: string; evidence: readonly Provenance[] }
  | { status: 'pending'; reason: string }
  | { status: 'manual-review'; reason: string; evidence: readonly Provenance[] };
