// Two projects: `unit` (pure logic and workspace checks, in parallel) and `system` (the real
// broker, databases and Redis; a file per worker, each worker on a test slot of its own). `npm test`
// runs both, the system files one at a time on two cores; see tools/cli/test.js.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias.replace(/[/]/g, '\\/')}$`, `<rootDir>/${target}`]),
);

// jose is ESM only: Node loads it with require(esm), but Jest before Node 24.9 needs it transformed.
const transformIgnorePatterns = ['/node_modules/(?!(jose)/)'];

const transform = {
  '^.+\\.(t|j)s$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

const common = { rootDir: __dirname, transform, transformIgnorePatterns, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'system',
      testMatch: ['<rootDir>/apps/system-e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/system-e2e/src/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/system-e2e/src/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/apps/system-e2e/src/support/jest-setup.ts'],
    },
  ],
};
