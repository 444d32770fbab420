import { BadRequestException, CallHandler, ConflictException, ExecutionContext, HttpException, Inject, Injectable, NestInterceptor, UnprocessableEntityException } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { RedisConnection } from '../redis';
import type { Principal } from '../auth/principal';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long an answer is kept for replay, and how long a request in progress holds its key. */
const KEEP_MS = 24 * 3_600_000;
const IN_PROGRESS_MS = 60_000;

type Stored = { state: 'pending'; fingerprint: string } | { state: 'done'; fingerprint: string; status: number; body: unknown };
type Request = IncomingMessage & { body?: unknown; principal?: Principal; ip?: string };

/**
 * `Idempotency-Key` on creating POSTs (IETF draft-ietf-httpapi-idempotency-key-header): a client
 * that retries after a lost answer sends the same key and gets the first answer again (status and
 * body, with `Idempotent-Replayed: true`) instead of a second declaration, objection or plan. The
 * key belongs to the caller (token subject, or address for public endpoints); the same key with
 * another body is a 422, and while the first request runs, a 409. Answers are kept 24 h in Redis.
 * A 5xx is not kept: the request may be retried. A crash between commit and keeping the answer
 * leaves the key in progress for a minute, after which a retry runs again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly redis: RedisConnection,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (request.method !== 'POST' || key === undefined) return next.handle();
    return from(this.handle(request, context.switchToHttp().getResponse<ServerResponse>(), String(key), next));
  }

  private async handle(request: Request, response: ServerResponse, key: string, next: CallHandler): Promise<unknown> {
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'Idempotency-Key', reason: 'must be 1 to 200 visible ASCII characters' }] });
    }
    const caller = request.principal?.sub ?? `address:${request.ip ?? request.socket.remoteAddress ?? ''}`;
    const slot = `zc:idempotency:${this.config.service}:${sha256(`${caller}\n${request.url}\n${key}`)}`;
    const fingerprint = sha256(JSON.stringify(request.body ?? null));
    const claimed = await this.redis.client.set(slot, JSON.stringify({ state: 'pending', fingerprint } satisfies Stored), 'PX', IN_PROGRESS_MS, 'NX');
    if (!claimed) return this.replay(slot, fingerprint, response);
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      await this.keep(slot, { state: 'done', fingerprint, status: response.statusCode, body });
      return body;
    } catch (error) {
      if (error instanceof HttpException && error.getStatus() < 500) await this.keep(slot, { state: 'done', fingerprint, status: error.getStatus(), body: error.getResponse() });
      else await this.redis.client.del(slot);
      throw error;
    }
  }

  private async replay(slot: string, fingerprint: string, response: ServerResponse): Promise<unknown> {
    const stored = JSON.parse((await this.redis.client.get(slot)) ?? 'null') as Stored | null;
    if (!stored) throw new ConflictException('a request with this Idempotency-Key has just ended; send it again');
    if (stored.fingerprint !== fingerprint) {
      throw new UnprocessableEntityException({ statusCode: 422, error: 'Unprocessable Entity', message: 'this Idempotency-Key was used with another body', issues: [{ field: 'Idempotency-Key', reason: 'already used for a different request' }] });
    }
    if (stored.state === 'pending') throw new ConflictException('a request with this Idempotency-Key is still in progress');
    response.setHeader('idempotent-replayed', 'true');
    if (stored.status >= 400) throw new HttpException(stored.body as object, stored.status);
    return stored.body; // sent with the route's own status, as the first answer was
  }

  private async keep(slot: string, stored: Stored): Promise<void> {
    await this.redis.client.set(slot, JSON.stringify(stored), 'PX', KEEP_MS);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
