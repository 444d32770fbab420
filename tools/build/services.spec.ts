import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildServices } from './services';

const SERVICES = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision', 'identity'];

describe('the services build', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'zc-services-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  beforeAll(() => buildServices({ out }), 60_000);

  const everyFile = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? everyFile(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));

  it('has an entry point for every service and the identity provider', () => {
    for (const service of SERVICES) expect(existsSync(path.join(out, 'apps', service, 'src/main.js'))).toBe(true);
  });

  it('leaves no path alias for Node to fail on: every @zc/* import became a relative require', () => {
    const scripts = everyFile(out).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(100);
    expect(scripts.filter((file) => /require\("@zc\//.test(readFileSync(file, 'utf8')))).toEqual([]);
    expect(readFileSync(path.join(out, 'apps/intake/src/main.js'), 'utf8')).toContain('require("../../../libs/platform/src")');
  });

  it('keeps the constructor types NestJS injects by (decorator metadata)', () => {
    expect(readFileSync(path.join(out, 'libs/platform/src/health/health.controller.js'), 'utf8')).toContain('"design:paramtypes"');
  });

  it('leaves specs out', () => {
    expect(everyFile(out).filter((file) => file.endsWith('.spec.js'))).toEqual([]);
  });
});
