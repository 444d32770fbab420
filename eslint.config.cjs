const nx = require('@nx/eslint-plugin');

const SERVICES = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision', 'identity'];

/**
 * The architecture, enforced: a service may import only its own libraries and the shared ones,
 * so no service can reach another's database or domain code; domain code stays free of
 * frameworks; system tests see the services only from outside.
 */
const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...SERVICES.map((service) => ({ sourceTag: `scope:${service}`, onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'] })),
  { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The browser console imports no workspace library: it knows the services only by their OpenAPI
  // documents (apps/console/src/api, generated).
  { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:console'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:platform', 'type:util', 'type:contracts', 'type:messaging'] },
];

const FRAMEWORKS = ['@nestjs/*', '@prisma/*', 'kafkajs', 'bullmq', 'ioredis', 'express', 'nestjs-pino'];

module.exports = [
  { ignores: ['**/node_modules', '**/dist', '**/.cache', '**/tmp', '**/generated/**', '.nx'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // kafkajs is the messaging library's business alone.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['libs/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'kafkajs', message: 'Use @zc/messaging: it is the only code that talks to Kafka.' }] }],
    },
  },
  // After the kafkajs rule: a later block replaces the rule's options, and FRAMEWORKS includes kafkajs.
  {
    files: ['libs/*/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: FRAMEWORKS, message: 'Domain code stays framework-free: move this to the application or data-access library.' }] }],
    },
  },
  {
    // Rules with dates read the platform clock (Clock in @zc/platform), which tests and demos move;
    // the machine's clock read here would put a deadline, a verdict or a certificate in another day.
    files: ['libs/*/application/**/*.ts', 'libs/*/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from the platform clock (Clock.now()), not new Date().' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from the platform clock (Clock.now()), not Date.now().' },
      ],
    },
  },
  {
    // Loaded without tsconfig path aliases (by the Prisma CLI, by Jest's global setup), so they
    // import by relative path.
    files: ['libs/*/data-access/prisma.config.ts', 'apps/system-e2e/src/support/global-*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // System-test glue that drives the infrastructure scripts and the chaos engine of
    // `npm run chaos` (tools/infra, tools/chaos), which are scripts, not Nx projects.
    files: ['apps/system-e2e/src/support/chaos-environment.ts', 'apps/system-e2e/src/support/console-browser.ts', 'apps/system-e2e/src/support/own-databases.ts', 'apps/system-e2e/src/support/test-infrastructure.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // A spec may use the shared test kit (PDF text, QR decoding, samples) whatever its library's tags.
    files: ['**/*.spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: false, allow: ['@zc/testing'], depConstraints }] },
  },
  {
    // Tests assert presence first and then read the value.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
