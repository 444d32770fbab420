// docker-compose.yml and the Dockerfile cannot be run on a machine without a Docker engine, so
// this checks what the services rely on: the right image, infrastructure and database each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
// By file, not through @zc/platform, which would load Nest.
import { SERVICE_NAMES } from '../../libs/platform/src/config/service-config';

interface ComposeService {
  build?: { context: string; dockerfile?: string; args?: Record<string, string> };
  container_name?: string;
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string | number | null>;
  env_file?: unknown;
  volumes?: unknown;
  configs?: unknown;
  ports?: string[];
}

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
// merge: the services share their common part through `<<: *service`.
const { services } = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, ComposeService> };
const INFRASTRUCTURE = ['kafka', 'kafka-provision', 'postgres', 'redis', 'migrate', 'identity', 'gateway'];
const composeText = read('docker-compose.yml');
const caddyfile = read('tools/docker/Caddyfile');

describe('docker-compose.yml', () => {
  it('runs the infrastructure, the migration, the Kafka provisioning, the identity provider, the gateway and all six services', () => {
    expect(Object.keys(services).sort()).toEqual([...INFRASTRUCTURE, ...SERVICE_NAMES].sort());
  });

  it('gives no secret a default: each is required (`${VAR:?…}`), so `docker compose config` fails without it', () => {
    const kafka = ['KAFKA_ADMIN_PASSWORD', 'KAFKA_CONTROLLER_PASSWORD', ...SERVICE_NAMES.map((name) => `KAFKA_PASSWORD_${name.toUpperCase()}`), 'KAFKA_PASSWORD_FEED_DEGREE'];
    const secrets = ['OIDC_ISSUER', 'OIDC_JWKS', 'IDENTITY_COOKIE_KEYS', 'IDENTITY_ACCOUNTS', 'IDENTITY_CLIENTS', 'CERTIFICATE_SM2_PRIVATE_KEY', 'CERTIFICATE_SM2_PUBLIC_KEY', 'AUDIT_SM2_PRIVATE_KEY', ...kafka];
    for (const secret of secrets) {
      expect(composeText).toContain(`\${${secret}:?`);
      expect(composeText).not.toMatch(new RegExp(`\\$\\{${secret}:?-`));
    }
    expect(composeText).not.toMatch(/JWT_SECRET|dev-secret|change-me/);
    for (const name of SERVICE_NAMES) expect(services[name]?.environment?.['NODE_ENV']).toBe('production');
    expect(services['identity']?.environment?.['NODE_ENV']).toBe('production');
  });

  it('serves the web console from the gateway at /console/, built into its image, with the identity provider at the root', () => {
    expect(services['gateway']?.build).toEqual({ context: '.', dockerfile: 'Dockerfile.console' });
    expect(read('Dockerfile.console')).toContain('RUN node tools/console/build.js --check');
    expect(caddyfile).toMatch(/redir \/ \/console\/ 302/);
    expect(caddyfile).toMatch(/handle \/console\* \{[^}]*try_files \{path\} \/index\.html/);
    expect(caddyfile).toContain("connect-src 'self'; frame-ancestors 'none'");
    expect(caddyfile).toMatch(/handle \{\s*reverse_proxy identity:3000\s*\}/);
    expect(services['certificate']?.environment?.['CERTIFICATE_PUBLIC_URL']).toBe('${CERTIFICATE_PUBLIC_URL:-http://localhost:8080/console}');
  });

  it('publishes the gateway alone: no service, broker, database or cache has a host port', () => {
    const published = Object.entries(services).filter(([, service]) => service.ports?.length).map(([name]) => name);
    expect(published).toEqual(['gateway']);
  });

  it('runs Kafka with SASL/SCRAM and ACLs, provisioned before any service starts', () => {
    expect(read('tools/docker/kafka-scram.sh')).toMatch(/authorizer\.class\.name=org\.apache\.kafka\.metadata\.authorizer\.StandardAuthorizer/);
    expect(read('tools/docker/kafka-scram.sh')).toMatch(/allow\.everyone\.if\.no\.acl\.found=false/);
    expect(services['kafka-provision']).toMatchObject({ depends_on: { kafka: { condition: 'service_healthy' } }, restart: 'no' });
  });

  it('migrates the databases once PostgreSQL is up, from the same image', () => {
    expect(services['migrate']).toMatchObject({
      build: { context: '.', dockerfile: 'Dockerfile' },
      depends_on: { postgres: { condition: 'service_healthy' } },
      restart: 'no',
    });
  });

  describe.each(SERVICE_NAMES)('%s', (name) => {
    const service = () => services[name];

    it('starts once the infrastructure is healthy and the databases are migrated', () => {
      expect(service().depends_on).toEqual({
        'kafka-provision': { condition: 'service_completed_successfully' },
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
    });

    it('is built from the one Dockerfile with SERVICE set to its name', () => {
      expect(service().build).toEqual({ context: '.', dockerfile: 'Dockerfile', args: { SERVICE: name } });
    });

    it('uses its own database, its own Kafka principal and the other containers', () => {
      expect(service().environment).toMatchObject({
        KAFKA_PASSWORD: `\${KAFKA_PASSWORD_${name.toUpperCase()}:?${name}'s Kafka password}`,
        DATABASE_URL: `postgresql://postgres@postgres:5432/zc_${name}`,
        KAFKA_BROKERS: 'kafka:9092',
        REDIS_URL: 'redis://redis:6379/0',
        HTTP_PORT: '3000',
      });
    });

    it('can be scaled: no container_name and no host port, reached through the gateway', () => {
      expect({ containerName: service().container_name, ports: service().ports }).toEqual({ containerName: undefined, ports: undefined });
      expect(caddyfile).toContain(`handle_path /api/${name}/* {\n\t\treverse_proxy ${name}:3000`);
    });

    it('is configured by environment variables only: no env file, config file or bind mount', () => {
      const { env_file, volumes, configs } = service();
      expect({ env_file, configs }).toEqual({ env_file: undefined, configs: undefined });
      // Named data volumes are fine (intake's evidence files); a host path would smuggle in config.
      for (const volume of (volumes as string[] | undefined) ?? []) expect(volume).toMatch(/^[a-z][a-z0-9-]*:\/data\//);
    });
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');

  it('starts the service named by SERVICE from its compiled build, with node replacing the shell to receive SIGTERM', () => {
    expect(dockerfile).toMatch(/^CMD exec node --enable-source-maps "dist\/services\/image\/apps\/\$\{SERVICE\}\/src\/main\.js"$/m);
  });

  it('compiles the services after generating the Prisma clients, which they include', () => {
    const generate = dockerfile.indexOf('generateClients()');
    const build = dockerfile.indexOf('RUN node tools/build/services.js --out dist/services/image');
    expect(generate).toBeGreaterThan(0);
    expect(build).toBeGreaterThan(generate);
  });

  it('runs as the unprivileged node user', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
