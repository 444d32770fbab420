import path from 'node:path';
import { DEFAULT_PORTS, SERVICE_NAMES, type ServiceName } from '@zc/platform';
import { startGateway, type Gateway } from './gateway';
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
  /**
   * One origin for the web console (libs/testing gateway.ts): identity at its root, the services
   * under /api/<service>/, the built console under /console/. The gateway's URL is then the issuer
   * every token names, so its port must be known before anything starts (no 0 here).
   */
  gateway?: { port: number; consoleDir: string };
  /** A build of the services to run (tools/build/services.js: faster to start); without one, they run from TypeScript. */
  build?: string;
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
  /** The running gateway, when the settings ask for one (after start()). */
  gateway: Gateway | undefined;
  /** Whom tokens name: the gateway with the settings' gateway, else identity itself. */
  readonly issuer: string;

  constructor(
    readonly settings: SystemSettings,
    options: { services?: readonly ServiceName[]; instances?: Partial<Record<ServiceName, number>>; env?: Partial<Record<ServiceName, Record<string, string>>>; nodeArgs?: Partial<Record<ServiceName, readonly string[]>> } = {},
  ) {
    const identityPort = settings.identityPort ?? settings.port('intake') - 1;
    const identityUrl = `http://127.0.0.1:${identityPort}`;
    // Behind the gateway, browsers reach identity at the gateway's root, so that is the issuer;
    // identity has to know it at start, before the gateway listens: hence a port fixed in advance.
    const issuer = settings.gateway ? `http://127.0.0.1:${settings.gateway.port}` : identityUrl;
    this.issuer = issuer;
    // The test kit signs its tokens for this system's issuer (libs/testing tokens.ts).
    process.env['OIDC_ISSUER'] = issuer;
    const behindGateway = (service: ServiceName): Record<string, string> =>
      settings.gateway
        ? {
            // Keys straight from identity: discovery through the gateway would only add a hop (and
            // a dependency on the gateway being up before the first token is checked).
            OIDC_JWKS_URI: `${identityUrl}/jwks`,
            // The QR code opens the console's verification page, which calls /api/certificate.
            ...(service === 'certificate' ? { CERTIFICATE_PUBLIC_URL: `${issuer}/console` } : {}),
          }
        : {};
    this.identity = new ServiceProcess({
      service: 'identity',
      port: identityPort,
      logFile: path.join(settings.logDir, `identity-${identityPort}.log`),
      env: { ...settings.env, OIDC_ISSUER: issuer },
      build: settings.build,
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
            env: { ...settings.env, OIDC_ISSUER: issuer, ...behindGateway(service), ...kafkaLogin(settings, service), DATABASE_URL: settings.databaseUrl(service), ...(options.env?.[service] ?? {}) },
            nodeArgs: options.nodeArgs?.[service],
            build: settings.build,
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

  /** The console's address; only with the settings' gateway. */
  get consoleUrl(): string {
    if (!this.settings.gateway) throw new Error('this system runs without the gateway (settings.gateway)');
    return `${this.issuer}/console/`;
  }

  async start(): Promise<this> {
    for (const process of [this.identity, ...this.processes]) process.start();
    try {
      await Promise.all([this.identity, ...this.processes].map((p) => p.waitReady()));
      if (this.settings.gateway) {
        const services = Object.fromEntries(SERVICE_NAMES.filter((s) => this.instances(s).length > 0).map((s) => [s, this.url(s)]));
        this.gateway = await startGateway({ port: this.settings.gateway.port, identityUrl: this.identity.url, services, consoleDir: this.settings.gateway.consoleDir });
      }
    } catch (error) {
      await this.stop();
      throw error;
    }
    return this;
  }

  async stop(): Promise<void> {
    await this.gateway?.close();
    this.gateway = undefined;
    await Promise.all(this.processes.map((p) => p.stop()));
    await this.identity.stop();
  }
}

function kafkaLogin(settings: SystemSettings, service: ServiceName): Record<string, string> {
  const password = settings.kafkaPassword?.(service);
  return password ? { KAFKA_USERNAME: service, KAFKA_PASSWORD: password } : {};
}
