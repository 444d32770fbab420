import path from 'node:path';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { ServiceProcess, WORKSPACE_ROOT } from './service-process';

export interface SystemSettings {
  /** Environment shared by every service (brokers, Redis, tuning). */
  env: Record<string, string>;
  /** PostgreSQL database of a service. */
  databaseUrl: (service: ServiceName) => string;
  /** HTTP port of the first instance of a service. */
  port: (service: ServiceName) => number;
  logDir: string;
  /** HTTP port of the identity provider; the port below intake's unless given. */
  identityPort?: number;
  /** Each service's password on the broker (SASL/SCRAM, principal = service name); none: no SASL. */
  kafkaPassword?: (principal: string) => string | undefined;
}

/** How the local system runs for `npm start`: default ports and databases, logs under .cache/logs. */
export const LOCAL_SYSTEM: SystemSettings = {
  env: {},
  databaseUrl: (service) => `postgresql://postgres@127.0.0.1:5432/zc_${service}`,
  port: (service) => DEFAULT_PORTS[service],
  logDir: path.join(WORKSPACE_ROOT, '.cache', 'logs'),
};

/**
 * The six services (or a chosen few, with extra instances of some) as separate processes. Extra
 * instances share their service's database and consumer group and take the next free ports.
 */
export class RunningSystem {
  /** The services (what chaos may kill); the identity provider runs beside them. */
  readonly processes: ServiceProcess<ServiceName>[] = [];
  readonly identity: ServiceProcess<'identity'>;

  constructor(
    readonly settings: SystemSettings,
    options: { services?: readonly ServiceName[]; instances?: Partial<Record<ServiceName, number>>; env?: Partial<Record<ServiceName, Record<string, string>>>; nodeArgs?: Partial<Record<ServiceName, readonly string[]>> } = {},
  ) {
    const identityPort = settings.identityPort ?? settings.port('intake') - 1;
    const issuer = `http://127.0.0.1:${identityPort}`;
    // The test kit signs its tokens for this system's issuer (libs/testing tokens.ts).
    process.env['OIDC_ISSUER'] = issuer;
    this.identity = new ServiceProcess({
      service: 'identity',
      port: identityPort,
      logFile: path.join(settings.logDir, `identity-${identityPort}.log`),
      env: { ...settings.env, OIDC_ISSUER: issuer },
    });
    for (const service of options.services ?? SERVICE_NAMES) {
      const count = options.instances?.[service] ?? 1;
      for (let instance = 0; instance < count; instance += 1) {
        const port = settings.port(service) + instance * 100;
        this.processes.push(
          new ServiceProcess({
            service,
            port,
            logFile: path.join(settings.logDir, `${service}-${port}.log`),
            env: { ...settings.env, OIDC_ISSUER: issuer, ...kafkaLogin(settings, service), DATABASE_URL: settings.databaseUrl(service), ...(options.env?.[service] ?? {}) },
            nodeArgs: options.nodeArgs?.[service],
          }),
        );
      }
    }
  }

  /** The first instance of a service. */
  service(service: ServiceName): ServiceProcess<ServiceName> {
    const found = this.instances(service)[0];
    if (!found) throw new Error(`${service} is not part of this system`);
    return found;
  }

  instances(service: ServiceName): ServiceProcess<ServiceName>[] {
    return this.processes.filter((p) => p.options.service === service);
  }

  url(service: ServiceName): string {
    return this.service(service).url;
  }

  get issuer(): string {
    return this.identity.url;
  }

  async start(): Promise<this> {
    for (const process of [this.identity, ...this.processes]) process.start();
    try {
      await Promise.all([this.identity, ...this.processes].map((p) => p.waitReady()));
    } catch (error) {
      await this.stop();
      throw error;
    }
    return this;
  }

  async stop(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop()));
    await this.identity.stop();
  }
}

function kafkaLogin(settings: SystemSettings, service: ServiceName): Record<string, string> {
  const password = settings.kafkaPassword?.(service);
  return password ? { KAFKA_USERNAME: service, KAFKA_PASSWORD: password } : {};
}
