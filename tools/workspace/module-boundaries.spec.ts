import { createProjectGraphAsync } from '@nx/devkit';
import { ESLint } from 'eslint';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// Handed over as an object: ESLint's own loader uses a dynamic import that Jest's sandbox lacks.
const config = require('../../eslint.config.cjs');

/** Lints `code` as if it were the given file, and returns the rules it breaks. */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries (the lint step of npm test)', () => {
  // Without a cached project graph the rule skips itself, and these tests would prove nothing.
  beforeAll(async () => {
    process.env['NX_DAEMON'] = 'false';
    await createProjectGraphAsync({ exitOnError: false });
  });

  it("fails an import of one service's data access from another service", async () => {
    const broken = await rulesBroken('apps/committee/src/main.ts', "import { IntakePrisma } from '@zc/intake/data-access';\nexport const leak = IntakePrisma;\n");
    expect(broken).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries: .*scope:committee/)]);
  });

  it("fails an import of another service's domain code from a service library", async () => {
    const broken = await rulesBroken('libs/publicity/application/src/index.ts', "import { nextStatus } from '@zc/intake/domain';\nexport const leak = nextStatus;\n");
    expect(broken).toEqual([expect.stringMatching(/^@nx\/enforce-module-boundaries/)]);
  });

  it('allows a service its own libraries and the shared ones', async () => {
    const broken = await rulesBroken(
      'apps/committee/src/main.ts',
      "import { CommitteePrisma } from '@zc/committee/data-access';\nimport { Topics } from '@zc/contracts';\nexport const ok = [CommitteePrisma, Topics];\n",
    );
    expect(broken).toEqual([]);
  });

  it('keeps frameworks out of domain code and kafkajs inside the messaging library', async () => {
    expect(await rulesBroken('libs/intake/domain/src/index.ts', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports/),
    ]);
    expect(await rulesBroken('libs/intake/application/src/index.ts', "import { Kafka } from 'kafkajs';\nexport const x = Kafka;\n")).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*@zc\/messaging/),
    ]);
  });
});
