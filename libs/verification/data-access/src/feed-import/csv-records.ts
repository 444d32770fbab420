import { parse } from 'csv-parse/sync';
import type { FileRow } from './feed-file-rows';

/**
 * CSV records from lines (header first). Agency files are overwhelmingly plain lines, which are
 * split directly (csv-parse with line tracking was the importer's bottleneck); a line with a
 * quote, and any lines a quoted field runs on into, is parsed by csv-parse. A record is reported
 * at the line it starts on.
 */
export async function* csvRecords(lines: AsyncIterable<string>, afterLine: number): AsyncGenerator<FileRow> {
  let header: string[] | undefined;
  let lineNumber = 0;
  let pending: { start: number; text: string } | undefined;
  for await (const rawLine of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
    if (!header) {
      header = parseQuoted(line)[0] ?? [];
      continue;
    }
    if (pending) {
      pending.text += `\n${line}`;
      if (quotesBalanced(pending.text)) {
        if (pending.start > afterLine) yield recordOf(header, pending.start, pending.text);
        pending = undefined;
      }
      continue;
    }
    if (line.trim() === '') continue;
    if (line.includes('"')) {
      if (quotesBalanced(line)) {
        if (lineNumber > afterLine) yield recordOf(header, lineNumber, line);
      } else pending = { start: lineNumber, text: line };
      continue;
    }
    if (lineNumber > afterLine) yield fieldsOf(header, lineNumber, line.split(','), line);
  }
  if (pending && pending.start > afterLine) yield { line: pending.start, error: 'malformed CSV: a quoted field is never closed', raw: pending.text.slice(0, 2_000) };
}

function recordOf(header: string[], line: number, text: string): FileRow {
  try {
    const [values] = parseQuoted(text);
    return fieldsOf(header, line, values ?? [], text);
  } catch (error) {
    return { line, error: `malformed CSV: ${(error as Error).message}`, raw: text };
  }
}

function fieldsOf(header: string[], line: number, values: string[], raw: string): FileRow {
  if (values.length !== header.length) return { line, error: `malformed CSV: ${values.length} fields, the header has ${header.length}`, raw };
  const fields: Record<string, string> = {};
  header.forEach((name, i) => (fields[name] = values[i] as string));
  return { line, fields, raw };
}

function parseQuoted(text: string): string[][] {
  return parse(text, { relax_column_count: true }) as string[][];
}

/** Outside quotes, every quote opens or closes one ("" inside a field counts twice). */
function quotesBalanced(text: string): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes += 1;
  return quotes % 2 === 0;
}
