import { dropDatabases, freshDatabases } from '../../../../tools/infra/databases';

/**
 * A test file that leaves records the others must not see (fuzzed writes that succeed) runs on
 * databases of its own, fresh copies of the migrated templates, dropped afterwards.
 */
export const ownDatabases = (prefix: string) => ({
  url: (service: string) => `postgresql://postgres@127.0.0.1:5432/${prefix}${service}`,
  create: async () => {
    await freshDatabases({ prefix });
  },
  drop: () => dropDatabases({ prefix }),
});
