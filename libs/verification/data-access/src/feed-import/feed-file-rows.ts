import { parse } from 'csv-parse';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

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
  const skipped: FileRow[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      columns: true,
      // Validation trims; `raw` and `trim` here would cost per row on millions of rows.
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) skipped.push({ line: Number((error as { lines?: unknown }).lines ?? 0), error: `malformed CSV: ${error.message}`, raw: '' });
        return undefined;
      },
    }),
  );
  for await (const record of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length > 0) {
      const bad = skipped.shift() as FileRow;
      if (bad.line > afterLine) yield bad;
    }
    if (record.info.lines <= afterLine) continue;
    yield { line: record.info.lines, fields: record.record, raw: Object.values(record.record).join(',') };
  }
  for (const bad of skipped) if (bad.line > afterLine) yield bad;
}
