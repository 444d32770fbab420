import type { FeedSourceName } from '@zc/contracts';

/**
 * What the platform knows about one data-sharing feed, whichever way its records come in (file,
 * stream, pull or push): the fields of a record, how to validate one, and what makes two records
 * the same. Validation is total: every row is a record or a reason, never an exception, because a
 * file of millions of rows must report all of its bad ones.
 */
export type RowVerdict<Row> = { ok: true; row: Row } | { ok: false; reason: string };

export type ColumnType = 'text' | 'int' | 'numeric' | 'date';

export interface FeedSourceDefinition<Row extends object = object> {
  source: FeedSourceName;
  /** Fields in file-column order; each is a database column of the same name. */
  columns: readonly { name: keyof Row & string; type: ColumnType }[];
  validate(fields: Readonly<Record<string, unknown>>): RowVerdict<Row>;
}

/** A record's identity by content (provenance, R-VF-4): its fields in column order. */
export function contentOf<Row extends object>(definition: FeedSourceDefinition<Row>, row: Row): string {
  return definition.columns.map((column) => String(row[column.name])).join('|');
}


export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

export function upper(value: unknown): string {
  return text(value).toUpperCase();
}
