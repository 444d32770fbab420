import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FeedSourceName } from '@zc/contracts';

/**
 * Stands in for the agencies' query services: `GET /<source>/records?idNumber=…` answers the
 * records it holds for the person (none by default). A person can be made to hang for the first
 * few queries, as a slow agency does, to show timeouts, retries and the circuit breaker at work.
 */
export class FakeAgencyServer {
  private server: Server | undefined;
  private readonly records = new Map<string, object[]>();
  private readonly hangs = new Map<string, number>();
  readonly requests: { source: string; idNumber: string; answered: boolean }[] = [];

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://agency');
      const source = url.pathname.split('/')[1] ?? '';
      const idNumber = url.searchParams.get('idNumber') ?? '';
      const key = `${source}:${idNumber}`;
      const hangsLeft = this.hangs.get(key) ?? 0;
      if (hangsLeft > 0) {
        this.hangs.set(key, hangsLeft - 1);
        this.requests.push({ source, idNumber, answered: false });
        return; // never answers: only the client's timeout ends it
      }
      this.requests.push({ source, idNumber, answered: true });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ records: this.records.get(key) ?? [] }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  url(source: FeedSourceName): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/${source}`;
  }

  hold(source: FeedSourceName, idNumber: string, records: object[], options: { hangFirst?: number } = {}): void {
    this.records.set(`${source}:${idNumber}`, records);
    this.hangs.set(`${source}:${idNumber}`, options.hangFirst ?? 0);
  }

  requestsFor(source: FeedSourceName, idNumber: string) {
    return this.requests.filter((r) => r.source === source && r.idNumber === idNumber);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
