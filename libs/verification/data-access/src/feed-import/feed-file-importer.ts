import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createEvent, FeedBatchReceived } from '@zc/contracts';
import { enqueueEvent } from '@zc/messaging';
import type { FeedSourceDefinition } from '@zc/verification/domain';
import { readFileRows } from './feed-file-rows';
import { copyColumns, copyLine, FEED_TABLES } from './feed-tables';

export interface ImportReport {
  importId: string;
  status: 'completed';
  alreadyImported: boolean;
  /** The line a resumed import started after (0 for a fresh one). */
  resumedAfterLine: number;
  linesRead: number;
  rowsAccepted: number;
  rowsAlreadyHeld: number;
  rowsRejected: number;
  rejectReasons: Record<string, number>;
}

/**
 * Rows are turned into COPY text as they are parsed, so that work overlaps the database's COPY of
 * the chunk before: the commit only sends text. `lines[i]` is the file line of `copyLines[i]`.
 */
interface Chunk {
  lines: number[];
  copyLines: string[];
  text?: string;
  rejected: { line: number; reason: string; raw: string }[];
  lastLine: number;
}

/**
 * Imports an agency's file of any size into its feed's table: streamed, written a chunk at a time
 * with COPY, every rejected row kept with its line and reason. Each chunk commits with the import's
 * progress, so a crash loses at most the chunk in hand and a rerun resumes after the last committed
 * line; a file already imported (same SHA-256) changes nothing. The last commit publishes the
 * batch's data-quality report (through the outbox), on which pending checks re-run.
 */
export class FeedFileImporter {
  private readonly table: string;
  private readonly columns: string;

  constructor(
    private readonly pool: Pool,
    private readonly feed: FeedSourceDefinition,
    private readonly chunkSize = 50_000,
    /** Resilience tests: die after this many committed chunks. */
    private readonly crashAfterChunks?: number,
  ) {
    this.table = FEED_TABLES[feed.source];
    this.columns = copyColumns(feed);
  }

  async importFile(filePath: string, format: 'csv' | 'ndjson'): Promise<ImportReport> {
    const sha256 = await hashFile(filePath);
    const started = await this.startOrResume(sha256, path.basename(filePath), format);
    if (started.status === 'completed') return { ...(await this.report(started.id)), alreadyImported: true, resumedAfterLine: 0 };

    const emptyChunk = (lastLine: number): Chunk => ({ lines: [], copyLines: [], rejected: [], lastLine });
    let chunk = emptyChunk(started.committedLine);
    let committed = 0;
    // One chunk commits while the next is parsed; commits still happen strictly in file order.
    let inFlight: Promise<void> = Promise.resolve();
    for await (const row of readFileRows(filePath, format, started.committedLine)) {
      if ('error' in row) chunk.rejected.push({ line: row.line, reason: row.error, raw: row.raw });
      else {
        const verdict = this.feed.validate(row.fields);
        if (verdict.ok) {
          chunk.lines.push(row.line);
          chunk.copyLines.push(copyLine(this.feed, verdict.row, started.id));
        }
        else chunk.rejected.push({ line: row.line, reason: verdict.reason, raw: row.raw });
      }
      chunk.lastLine = row.line;
      if (chunk.lines.length + chunk.rejected.length >= this.chunkSize) {
        chunk.text = chunk.copyLines.join('');
        await inFlight;
        const full = chunk;
        inFlight = this.commit(started.id, full).then(() => {
          committed += 1;
          if (committed === this.crashAfterChunks) process.kill(process.pid, 'SIGKILL');
        });
        chunk = emptyChunk(chunk.lastLine);
      }
    }
    await inFlight;
    await this.commit(started.id, chunk);
    const report = await this.complete(started.id);
    return { ...report, alreadyImported: false, resumedAfterLine: started.committedLine };
  }

  /** Marks the import completed with its report and publishes the report, in one transaction. */
  private async complete(importId: string) {
    const report = await this.report(importId);
    await this.inTransaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE "FeedImport" SET status = 'completed', "finishedAt" = now(), report = $2 WHERE id = $1 AND status = 'running'`,
        [importId, JSON.stringify(report)],
      );
      if (rowCount === 0) return; // another importer of the same file finished first
      const { linesRead: _l, importId: _i, status: _s, ...counts } = report;
      const data = { batchId: importId, source: this.feed.source, way: 'file' as const, receivedAt: new Date().toISOString(), rowsRead: counts.rowsAccepted + counts.rowsAlreadyHeld + counts.rowsRejected, ...counts };
      const executor = { $executeRawUnsafe: async (sql: string, ...values: unknown[]) => (await client.query(sql, values)).rowCount ?? 0, $queryRawUnsafe: async <T>(sql: string, ...values: unknown[]) => (await client.query(sql, values)).rows as T };
      await enqueueEvent(executor, createEvent(FeedBatchReceived, importId, data, { source: 'verification', correlationId: importId }));
    });
    return report;
  }

  private async inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async startOrResume(sha256: string, fileName: string, format: string) {
    await this.pool.query(
      `INSERT INTO "FeedImport" (id, source, "fileName", sha256, format, status) VALUES ($1, $2, $3, $4, $5, 'running') ON CONFLICT (source, sha256) DO NOTHING`,
      [randomUUID(), this.feed.source, fileName, sha256, format],
    );
    const { rows } = await this.pool.query<{ id: string; status: string; committedLine: number }>(
      `SELECT id, status, "committedLine" FROM "FeedImport" WHERE source = $1 AND sha256 = $2`,
      [this.feed.source, sha256],
    );
    return rows[0] as { id: string; status: string; committedLine: number };
  }

  private async commit(importId: string, chunk: Chunk): Promise<void> {
    await this.inTransaction(async (client) => {
      // Guards against two importers of the same file: the later one waits, then sees the progress.
      const { rows } = await client.query<{ committedLine: number }>(`SELECT "committedLine" FROM "FeedImport" WHERE id = $1 FOR UPDATE`, [importId]);
      const from = rows[0]?.committedLine ?? 0;
      // Another importer of the same file may have committed part of this chunk meanwhile.
      const firstFresh = chunk.lines.findIndex((line) => line > from);
      const fresh = firstFresh === -1 ? 0 : chunk.lines.length - firstFresh;
      const text = firstFresh === 0 ? (chunk.text ?? chunk.copyLines.join('')) : chunk.copyLines.slice(Math.max(firstFresh, 0)).join('');
      const rejected = chunk.rejected.filter((row) => row.line > from);
      const inserted = fresh > 0 ? await this.insertRows(client, text, fresh) : 0;
      if (rejected.length > 0) {
        await client.query(
          `INSERT INTO "FeedRejectedRow" ("importId", line, reason, raw) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
          [importId, rejected.map((r) => r.line), rejected.map((r) => r.reason), rejected.map((r) => r.raw.slice(0, 2_000))],
        );
      }
      await client.query(
        `UPDATE "FeedImport" SET "committedLine" = GREATEST("committedLine", $2), "linesRead" = GREATEST("linesRead", $2),
           "rowsAccepted" = "rowsAccepted" + $3, "rowsAlreadyHeld" = "rowsAlreadyHeld" + $4, "rowsRejected" = "rowsRejected" + $5 WHERE id = $1`,
        [importId, chunk.lastLine, inserted, fresh - inserted, rejected.length],
      );
    });
  }

  /**
   * Writes a chunk's valid rows; returns how many were new. Most chunks hold only new rows, so
   * they are copied straight into the table; a chunk that repeats a row already held fails that
   * COPY on the unique key and is written again through staging with ON CONFLICT DO NOTHING.
   */
  private async insertRows(client: PoolClient, text: string, rows: number): Promise<number> {
    await client.query('SAVEPOINT direct_copy');
    try {
      await copyText(client, `COPY "${this.table}" (${this.columns}) FROM STDIN`, text);
      await client.query('RELEASE SAVEPOINT direct_copy');
      return rows;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await client.query('ROLLBACK TO SAVEPOINT direct_copy');
    }
    const staging = `staging_${this.table}`;
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS "${staging}" (LIKE "${this.table}" INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`);
    await copyText(client, `COPY "${staging}" (${this.columns}) FROM STDIN`, text);
    const result = await client.query(`INSERT INTO "${this.table}" (${this.columns}) SELECT ${this.columns} FROM "${staging}" ON CONFLICT DO NOTHING`);
    return result.rowCount ?? 0;
  }

  private async report(importId: string): Promise<Omit<ImportReport, 'alreadyImported' | 'resumedAfterLine'>> {
    const { rows } = await this.pool.query<{ linesRead: number; rowsAccepted: number; rowsAlreadyHeld: number; rowsRejected: number }>(
      `SELECT "linesRead", "rowsAccepted", "rowsAlreadyHeld", "rowsRejected" FROM "FeedImport" WHERE id = $1`,
      [importId],
    );
    const reasons = await this.pool.query<{ reason: string; count: string }>(
      `SELECT split_part(reason, ':', 1) AS reason, count(*) FROM "FeedRejectedRow" WHERE "importId" = $1 GROUP BY 1 ORDER BY 2 DESC`,
      [importId],
    );
    return {
      importId,
      status: 'completed',
      ...(rows[0] as { linesRead: number; rowsAccepted: number; rowsAlreadyHeld: number; rowsRejected: number }),
      rejectReasons: Object.fromEntries(reasons.rows.map((r) => [r.reason, Number(r.count)])),
    };
  }
}

async function copyText(client: PoolClient, sql: string, text: string): Promise<void> {
  await pipeline(
    (async function* () {
      yield Buffer.from(text);
    })(),
    client.query(copyFrom(sql)),
  );
}

async function hashFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(filePath)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
