import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import type { AuditAnchor } from './audit-anchor';

/** Enough for the last several anchors (one is about 250 bytes). */
const TAIL_BYTES = 4_096;

/**
 * Anchors as JSON lines in a file outside supervision's database: in production a write-once
 * volume or an object-locked bucket mounted by another administrator, so whoever can rewrite the
 * database cannot rewrite the anchors too. Appends only; each line is one anchor.
 */
export class AnchorFile {
  constructor(readonly file: string) {}

  append(anchor: AuditAnchor): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify(anchor)}\n`, { mode: 0o640 });
  }

  /** Every anchor written so far (none when the file does not exist yet). */
  readAll(): AuditAnchor[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as AuditAnchor);
  }

  /**
   * The highest anchor, read from the file's tail only: anchors are appended in seq order, and the
   * scheduler asks every interval, so reading a year of anchors each time would be wasted I/O.
   */
  latest(): AuditAnchor | undefined {
    if (!existsSync(this.file)) return undefined;
    const fd = openSync(this.file, 'r');
    try {
      const size = fstatSync(fd).size;
      const tail = Buffer.alloc(Math.min(size, TAIL_BYTES));
      readSync(fd, tail, 0, tail.length, size - tail.length);
      // The first line of the tail may be cut; every whole line after it parses.
      const lines = tail.toString('utf8').split('\n').slice(size > TAIL_BYTES ? 1 : 0).filter((line) => line.trim() !== '');
      return lines.map((line) => JSON.parse(line) as AuditAnchor).reduce<AuditAnchor | undefined>((top, anchor) => (!top || BigInt(anchor.seq) > BigInt(top.seq) ? anchor : top), undefined);
    } finally {
      closeSync(fd);
    }
  }
}

/** Where a development machine keeps the anchors of the database at `databaseUrl` (one file per database). */
export function developmentAnchorFile(databaseUrl: string, root = process.cwd()): string {
  const database = new URL(databaseUrl).pathname.replace(/^\//, '') || 'zc_supervision';
  return path.join(root, '.cache', 'audit-anchors', `${database}.jsonl`);
}
