import type { Finding } from '@zc/supervision/data-access';

/** A finding as every API shows it (list, detail, stream, webhook): without its internal dedupe key. */
export function findingView({ dedupeKey: _internal, raisedAt, updatedAt, ...finding }: Finding) {
  return { ...finding, raisedAt: raisedAt.toISOString(), updatedAt: updatedAt.toISOString() };
}
export type FindingView = ReturnType<typeof findingView>;
