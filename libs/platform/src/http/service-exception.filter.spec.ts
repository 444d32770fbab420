import { ArgumentsHost, BadRequestException } from '@nestjs/common';
import type { HttpServer } from '@nestjs/common';
import { EventTooLargeError } from '@zc/messaging';
import { ServiceExceptionFilter } from './service-exception.filter';

/** The filter's two collaborators, recording what it answers: an HTTP adapter and a request context. */
function harness() {
  const replies: { body: unknown; status: number }[] = [];
  const headers: Record<string, string> = {};
  const adapter = {
    reply: (_response: unknown, body: unknown, status: number) => replies.push({ body, status }),
    setHeader: (_response: unknown, name: string, value: string) => (headers[name] = value),
    isHeadersSent: () => false,
    end: () => undefined,
  } as unknown as HttpServer;
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => ({}), getRequest: () => ({}) }), getArgByIndex: () => ({}) } as unknown as ArgumentsHost;
  return { filter: new ServiceExceptionFilter(adapter), host, replies, headers };
}

describe('service errors answered as what they are, not 500', () => {
  it('answers a pool timeout with 503 and Retry-After', () => {
    const { filter, host, replies, headers } = harness();
    filter.catch({ code: 'P2028', message: 'Unable to start a transaction in the given time.' }, host);
    expect(replies).toEqual([{ status: 503, body: expect.objectContaining({ statusCode: 503, error: 'Service Unavailable' }) }]);
    expect(headers['Retry-After']).toBe('1');
  });

  it('leaves HTTP errors as they are', () => {
    const { filter, host, replies } = harness();
    filter.catch(new BadRequestException('bad body'), host);
    expect(replies[0]?.status).toBe(400);
  });

  it('answers an event too large for the broker with 422 and what to do', () => {
    const { filter, host, replies } = harness();
    filter.catch(new EventTooLargeError('committee.review-plan.filed.v1', 600_000), host);
    expect(replies).toEqual([{ status: 422, body: expect.objectContaining({ statusCode: 422, message: expect.stringMatching(/review-plan\.filed\.v1 is 600000 bytes.*smaller/) }) }]);
  });
});
