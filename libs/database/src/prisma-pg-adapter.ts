import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Pool, type PoolConfig } from 'pg';
import { pgConfigFromUrl } from './pg-config';

/** Postgres type OIDs adapter-pg 6.x cannot map; both arrive from pg as plain strings. */
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type Field = { dataTypeID: number };
type IoResult = { fields: Field[] };
type Queryable = { performIO(query: unknown): Promise<IoResult> };
type TransactionStarter = Queryable & { startTransaction(...args: unknown[]): Promise<unknown> };

/** Reports `name` and `"char"` columns as text instead of failing the whole query. */
function mapUnsupportedTypes(queryable: Queryable): void {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return result;
  };
}

function patchAdapter<T>(adapter: T): T {
  const target = adapter as unknown as TransactionStarter;
  mapUnsupportedTypes(target);
  const startTransaction = target.startTransaction.bind(target);
  target.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    mapUnsupportedTypes(tx as Queryable);
    return tx;
  };
  return adapter;
}

/**
 * The one place that fixes adapter-pg 6.x: unmapped OIDs, and a shadow database that is created
 * from discrete settings and dropped only after its pool is closed (adapter-pg drops it first,
 * which fails while its own connections are still open).
 */
export class PatchedPrismaPg extends PrismaPg {
  private readonly poolConfig: PoolConfig;

  constructor(config: PoolConfig) {
    super(config);
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
