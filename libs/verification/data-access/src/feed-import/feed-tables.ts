import { hash } from 'node:crypto';
import type { FeedSourceName } from '@zc/contracts';
import { contentOf, type FeedSourceDefinition } from '@zc/verification/domain';

/** The table each feed's records live in; its columns are the feed's fields plus provenance. */
export const FEED_TABLES: Readonly<Record<FeedSourceName, string>> = {
  'social-security': 'SocialSecurityRecord',
  'continuing-education': 'ContinuingEducationRecord',
  degree: 'DegreeRecord',
};

/** Columns a COPY or INSERT of feed rows writes, in the order `copyLine` gives them. */
export function copyColumns(definition: FeedSourceDefinition): string {
  return [...definition.columns.map((c) => `"${c.name}"`), 'source', '"batchId"', '"contentHash"'].join(', ');
}

/** The record's content hash (provenance, R-VF-4). */
export function contentHashOf(definition: FeedSourceDefinition, row: object): string {
  return hash('sha256', contentOf(definition, row as never), 'hex');
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One row in COPY text format; free-text fields (a provider's name) may need escaping. */
export function copyLine(definition: FeedSourceDefinition, row: object, batchId: string): string {
  const values = definition.columns.map((column) => {
    const value = String((row as Record<string, unknown>)[column.name]);
    return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => ESCAPES[ch] as string) : value;
  });
  return `${values.join('\t')}\t${definition.source}\t${batchId}\t${contentHashOf(definition, row)}\n`;
}
