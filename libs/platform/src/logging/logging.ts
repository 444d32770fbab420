import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule, PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';
import type { Envelope } from '@zc/contracts';
import type { ServiceConfig } from '../config/service-config';

export const CORRELATION_HEADER = 'x-correlation-id';

/** JSON logs; every HTTP log line carries the request's correlation id, echoed in the response. */
export function loggingModule(config: ServiceConfig) {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      base: { service: config.service },
      redact: ['req.headers.authorization'],
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
