import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Pool, type PoolConfig } from 'pg';
import { parse as parseArray } from 'postgres-array';
import { pgConfigFromUrl } from './pg-config';

/**
 * Catalog types adapter-pg 6.x cannot map, which the schema engine's introspection and our own
 * raw queries meet: `name` (19) and `"char"` (18) arrive from pg as strings and are reported as
 * text; `int2vector` (22) and `oidvector` (30) likewise; their arrays `name[]` (1003) and
 * `"char"[]` (1002) arrive unparsed ("{a,b}") and are parsed and reported as text arrays.
 */
const TEXT_OID = 25;
const TEXT_ARRAY_OID = 1009;
const AS_TEXT = new Set([18, 19, 22, 30]);
const AS_TEXT_ARRAY = new Set([1002, 1003]);

type Field = { dataTypeID: number };
type IoResult = { fields: Field[]; rows: unknown[][] };
type Queryable = { performIO(query: unknown): Promise<IoResult> };
type TransactionStarter = Queryable & { startTransaction(...args: unknown[]): Promise<unknown> };
type PgTransaction = Queryable & {
  client: { release(error?: Error): void };
  cleanup?: () => void;
  commit(): Promise<void>;
  rollback(): Promise<void>;
};

function mapUnsupportedTypes(queryable: Queryable): void {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    // A multi-statement script (the shadow database replaying a migration) yields one result per statement.
    for (const statement of Array.isArray(result) ? (result as IoResult[]) : [result]) mapFields(statement);
    return result;
  };
}

function mapFields(result: IoResult): void {
  result.fields?.forEach((field, column) => {
      if (AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
      if (AS_TEXT_ARRAY.has(field.dataTypeID)) {
        field.dataTypeID = TEXT_ARRAY_OID;
        for (const row of result.rows) {
          if (typeof row[column] === 'string') row[column] = parseArray(row[column] as string);
        }
      }
  });
}

/**
 * Prisma's transaction manager sends COMMIT or ROLLBACK itself and only then calls commit() or
 * rollback(), which return the connection to the pool. When that statement fails because the
 * connection was cut (a PostgreSQL restart), it never calls them: the connection is lost to the
 * pool for good, and once the pool has lost them all every transaction waits for ever. Here a
 * failed COMMIT or ROLLBACK hands the connection back with its error (the pool destroys it), and
 * the later commit() or rollback() cannot hand it back twice.
 */
function returnConnectionWhenEndFails(tx: PgTransaction): void {
  let returned = false;
  const giveBack = (error?: Error) => {
    if (returned) return;
    returned = true;
    tx.cleanup?.();
    tx.client.release(error);
  };
  const performIO = tx.performIO.bind(tx);
  tx.performIO = async (query) => {
    try {
      return await performIO(query);
    } catch (error) {
      if (endsTransaction(query)) giveBack(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  };
  tx.commit = async () => giveBack();
  tx.rollback = async () => giveBack();
}

function endsTransaction(query: unknown): boolean {
  const sql = (query as { sql?: unknown }).sql;
  return typeof sql === 'string' && /^\s*(COMMIT|ROLLBACK)\b/i.test(sql);
}

/**
 * A connection cut by the server (a PostgreSQL restart) reports the server's FATAL as an 'error'
 * event, sometimes after the pool or adapter-pg has let go of it (a failed BEGIN, a failed
 * COMMIT or ROLLBACK): unheard, that event ends the process. Every connection the pool opens
 * hears it; the query in flight, if any, fails on its own and is retried as transient.
 */
function hearLateConnectionErrors(adapter: { underlyingDriver?: () => unknown }): void {
  const pool = adapter.underlyingDriver?.() as Pool | undefined;
  pool?.on?.('connect', (client) => client.on('error', () => undefined));
}

function patchAdapter<T>(adapter: T): T {
  const target = adapter as unknown as TransactionStarter;
  hearLateConnectionErrors(target as { underlyingDriver?: () => unknown });
  mapUnsupportedTypes(target);
  const startTransaction = target.startTransaction.bind(target);
  target.startTransaction = async (...args) => {
    const tx = (await startTransaction(...args)) as PgTransaction;
    mapUnsupportedTypes(tx);
    returnConnectionWhenEndFails(tx);
    return tx;
  };
  return adapter;
}

/**
 * The one place that fixes adapter-pg 6.x: unmapped OIDs, connections lost when a transaction
 * cannot end, and a shadow database that is created
 * from discrete settings and dropped only after its pool is closed (adapter-pg drops it first,
 * which fails while its own connections are still open).
 */
export class PatchedPrismaPg extends PrismaPg {
  private readonly poolConfig: PoolConfig;
  /** The connections Prisma uses, shared with hot paths that run raw SQL on the driver (`inRawTransaction`). */
  readonly pool: Pool;

  constructor(config: PoolConfig) {
    const pool = new Pool(config);
    super(pool, { disposeExternalPool: true });
    this.pool = pool;
    this.poolConfig = config;
  }

  override async connect() {
    return patchAdapter(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_shadow_${process.pid}_${Date.now()}`;
    await runAdminStatement(this.poolConfig, `CREATE DATABASE "${database}"`);
    const pool = new Pool({ ...this.poolConfig, database });
    const factory = new PrismaPg(pool, {
      disposeExternalPool: true,
    });
    const adapter = patchAdapter(await factory.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminStatement(this.poolConfig, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    };
    return adapter;
  }
}

async function runAdminStatement(config: PoolConfig, sql: string): Promise<void> {
  const client = new Client({ ...config, database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Driver adapter for a service's Prisma client. */
export function createPrismaAdapter(databaseUrl: string, pool: PoolConfig = {}): PatchedPrismaPg {
  return new PatchedPrismaPg({ max: 10, ...pgConfigFromUrl(databaseUrl), ...pool });
}
