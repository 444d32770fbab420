import type { INestApplication, Type } from '@nestjs/common';
import type { NestMicroservice } from '@nestjs/microservices';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { KafkaEventServer, RethrowEventErrorsFilter } from '@zc/messaging';
import type { ServiceConfig } from './config/service-config';
import { ServiceExceptionFilter } from './http/service-exception.filter';

export interface ServiceDescription {
  title: string;
  description: string;
}

/**
 * Starts a service as a hybrid app: HTTP (with OpenAPI at /docs) plus the Kafka consumer.
 * SIGTERM/SIGINT close it gracefully (consumer, relay, then HTTP, Redis and database).
 */
export async function runService(appModule: Type<unknown>, config: ServiceConfig, about: ServiceDescription): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(appModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // Express's 100 kB default would answer a long list (a review plan's declarations) with a bare
  // 413; up to 1 MB reaches validation, which names the field that is too long.
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  app.set('trust proxy', config.trustProxy);
  // Security headers on every answer (no sniffing, no framing, HSTS, no X-Powered-By); the
  // Swagger UI at /docs needs its inline styles and data: images, nothing else. No
  // upgrade-insecure-requests: TLS ends at the ingress, and a plain-http service (npm start) would
  // have its own pages' scripts sent to an https port that does not exist.
  app.use(helmet({ contentSecurityPolicy: { directives: { 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null } } }));
  app.useGlobalFilters(new ServiceExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle(about.title).setDescription(about.description).setVersion('1.0').addBearerAuth().build(),
  );
  SwaggerModule.setup('docs', app, document);
  // The Kafka transport keeps its own config (HTTP filters and pipes do not apply to events) and
  // defers registering handlers until its filter is in place; the app's lifecycle hooks run once.
  const consumer = app.connectMicroservice({ strategy: app.get(KafkaEventServer) }, { deferInitialization: true }) as NestMicroservice;
  consumer.setIsInitHookCalled(true);
  consumer.useGlobalFilters(new RethrowEventErrorsFilter());
  await app.startAllMicroservices();
  await app.listen(config.http.port, config.http.host);
  app.get(Logger).log(`${config.service} listening on ${config.http.host}:${config.http.port}; docs at /docs`);
  return app;
}

/** Entry point of a service's main.ts: a failed start is logged and ends the process. */
export function startService(appModule: Type<unknown>, config: ServiceConfig, about: ServiceDescription): void {
  runService(appModule, config, about).catch((error: unknown) => {
    process.stderr.write(`${config.service} failed to start: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
