import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditAnchor } from './audit-anchor';

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

  latest(): AuditAnchor | undefined {
    return this.readAll().reduce<AuditAnchor | undefined>((top, anchor) => (!top || BigInt(anchor.seq) > BigInt(top.seq) ? anchor : top), undefined);
  }
}

/** Where a development machine keeps the anchors of the database at `databaseUrl` (one file per database). */
export function developmentAnchorFile(databaseUrl: string, root = process.cwd()): string {
  const database = new URL(databaseUrl).pathname.replace(/^\//, '') || 'zc_supervision';
  return path.join(root, '.cache', 'audit-anchors', `${database}.jsonl`);
}
