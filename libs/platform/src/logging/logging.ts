import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import type { Envelope } from '@zc/contracts';
import type { ServiceConfig } from '../config/service-config';

export const CORRELATION_HEADER = 'x-correlation-id';

/**
 * What a log line may never hold: credentials, and identity numbers (a person's 身份证号) wherever an
 * object carrying one is logged. pino's paths match one level per `*`, so the likely depths are listed.
 */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'idNumber', '*.idNumber', '*.*.idNumber', '*.*.*.idNumber', 'id_number', '*.id_number'];

/** A request as the access log records it: the path without its query string, which may carry personal data. */
export function loggedRequest(req: { method?: string; url?: string; id?: unknown }) {
  return { id: req.id, method: req.method, url: req.url?.split('?')[0] };
}

/** JSON logs; every HTTP log line carries the request's correlation id, echoed in the response. */
export function loggingModule(config: ServiceConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { service: config.service },
      redact: REDACTED_PATHS,
      serializers: { req: loggedRequest },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers[CORRELATION_HEADER];
        const id = typeof given === 'string' && given.length > 0 && given.length <= 128 ? given : randomUUID();
        res.setHeader(CORRELATION_HEADER, id);
        return id;
      },
      customProps: (req: IncomingMessage) => ({ correlationId: (req as IncomingMessage & { id: string }).id }),
      autoLogging: { ignore: (req: IncomingMessage) => /^\/(health|metrics)/.test(req.url ?? '') },
    },
  });
}

/** Runs an event handler with a logger that carries the event's correlation id. */
export function withEventLogContext<T>(event: Envelope, run: () => Promise<T>): Promise<T> {
  const logger = PinoLogger.root.child({ correlationId: event.correlationId, eventId: event.id, eventType: event.type });
  return storage.run(new Store(logger), run);
}
