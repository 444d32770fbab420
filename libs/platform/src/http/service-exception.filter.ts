import { Catch, HttpException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { EventTooLargeError, isTransientError } from '@zc/messaging';

/**
 * Errors that are not the request's fault in the usual sense, answered as what they are rather
 * than 500:
 * - a busy or restarting database (no pooled connection in time, a deadlock, a restart): 503 with
 *   Retry-After, which clients may retry;
 * - a change whose event would be too large for the broker: 422, and nothing is stored (the
 *   transaction rolled back with the outbox write).
 * Everything else is answered as Nest would.
 */
@Catch()
export class ServiceExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http' || exception instanceof HttpException) {
      super.catch(exception, host);
      return;
    }
    const response: unknown = host.switchToHttp().getResponse();
    if (exception instanceof EventTooLargeError) {
      this.applicationRef?.reply(response, { statusCode: 422, error: 'Unprocessable Entity', message: `${exception.message}; split the request into smaller ones` }, 422);
      return;
    }
    if (!isTransientError(exception)) {
      super.catch(exception, host);
      return;
    }
    this.applicationRef?.setHeader(response, 'Retry-After', '1');
    this.applicationRef?.reply(response, { statusCode: 503, error: 'Service Unavailable', message: 'the database is busy or restarting; try again shortly' }, 503);
  }
}
