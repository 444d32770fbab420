import type { PoolConfig } from 'pg';

/**
 * Splits a postgres URL into discrete fields. adapter-pg 6.x reuses its config for the shadow
 * database by overriding `database`; with a `connectionString` the override is ignored and the
 * shadow database silently becomes the real one, so we never hand it a connection string.
 */
export function pgConfigFromUrl(url: string): PoolConfig {
  const parsed = new URL(url);
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new Error(`Not a PostgreSQL URL: ${parsed.protocol}`);
  }
  const schema = parsed.searchParams.get('schema');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username || 'postgres'),
    password: decodeURIComponent(parsed.password || ''),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  };
}
