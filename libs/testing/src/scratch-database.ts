import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { pgConfigFromUrl } from '@zc/database';

const SERVER_URL = process.env['PG_ADMIN_URL'] ?? 'postgresql://postgres@127.0.0.1:5432';

export interface ScratchDatabase {
  url: string;
  /** Creates the database and applies every migration of the directory, oldest first. */
  create(): Promise<void>;
  drop(): Promise<void>;
}

async function onServer(sql: string): Promise<void> {
  const client = new Client(pgConfigFromUrl(`${SERVER_URL}/postgres`));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of a unit spec's own on the local PostgreSQL (which `npm test` starts before the unit
 * tests), migrated by the service's committed migrations so the spec cannot drift from the schema,
 * and dropped afterwards. No broker or service is involved: for application code whose correctness
 * rests on the database (locks, isolation), driven directly.
 */
export function scratchDatabase(label: string, migrationsDir: string): ScratchDatabase {
  const url = `${SERVER_URL}/zc_scratch_${label}_${randomBytes(6).toString('hex')}`;
  const name = new URL(url).pathname.slice(1);
  return {
    url,
    async create() {
      await onServer(`CREATE DATABASE "${name}"`);
      const client = new Client(pgConfigFromUrl(url));
      await client.connect();
      try {
        const migrations = readdirSync(migrationsDir)
          .filter((entry) => statSync(path.join(migrationsDir, entry)).isDirectory())
          .sort();
        // A migration file is several statements: the simple query protocol runs them in one go.
        for (const migration of migrations) await client.query(readFileSync(path.join(migrationsDir, migration, 'migration.sql'), 'utf8'));
      } finally {
        await client.end();
      }
    },
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
