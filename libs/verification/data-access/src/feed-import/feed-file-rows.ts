import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { csvRecords } from './csv-records';

/** A record read from a bulk file, or the reason it could not be read, with its line number. */
export type FileRow = { line: number; fields: Record<string, unknown>; raw: string } | { line: number; error: string; raw: string };

/**
 * Streams the records of a CSV (with a header line) or NDJSON file, never holding it whole, from
 * after `afterLine` (to resume). A malformed record becomes an error row, not a failed import.
 */
export async function* readFileRows(path: string, format: 'csv' | 'ndjson', afterLine: number): AsyncGenerator<FileRow> {
  if (format === 'ndjson') {
    let line = 0;
    for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      line += 1;
      if (line <= afterLine || text.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(text);
        if (value === null || typeof value !== 'object' || Array.isArray(value)) yield { line, error: 'not a JSON object', raw: text };
        else yield { line, fields: value as Record<string, unknown>, raw: text };
      } catch {
        yield { line, error: 'not valid JSON', raw: text };
      }
    }
    return;
  }
  yield* csvRecords(createInterface({ input: createReadStream(path), crlfDelay: Infinity }), afterLine);
}
