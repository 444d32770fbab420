import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CONSOLE_CSP, startGateway, type Gateway } from './gateway';

/** What a fake upstream saw of a request. */
interface Seen {
  url: string;
  method: string;
  headers: Record<string, unknown>;
  body: string;
}

/** A fake upstream on a free port: echoes what it saw, unless a handler takes the request. */
async function upstream(handle?: (req: IncomingMessage, res: ServerResponse) => boolean): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (handle?.(req, res)) return;
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const seen: Seen = { url: req.url ?? '', method: req.method ?? '', headers: req.headers, body };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(seen));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A request sent as written: fetch would resolve `..` before the gateway saw it. */
function rawGet(base: string, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    request({ hostname, port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('gateway: one origin for the console, the services and identity', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'zc-gateway-'));
  const consoleDir = path.join(temp, 'console');
  let identity: Awaited<ReturnType<typeof upstream>>;
  let intake: Awaited<ReturnType<typeof upstream>>;
  let gateway: Gateway;
  /** The SSE stream's answer, its 'close', and the release of its second event. */
  const streams: { res: ServerResponse; closed: Promise<void>; release: () => void }[] = [];
  let streamOpened: (() => void) | undefined;

  beforeAll(async () => {
    mkdirSync(path.join(consoleDir, 'assets'), { recursive: true });
    writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(path.join(consoleDir, 'assets', 'index-3f2a.js'), 'console.log(1)');
    writeFileSync(path.join(consoleDir, 'logo.svg'), '<svg/>');
    writeFileSync(path.join(temp, 'secret.txt'), 'not for the web');
    identity = await upstream();
    intake = await upstream((req, res) => {
      if (!req.url?.startsWith('/findings/stream')) return false;
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write('id: 1\nevent: finding\ndata: {"n":1}\n\n');
      const closed = new Promise<void>((resolve) => res.once('close', resolve));
      streams.push({ res, closed, release: () => res.end('id: 2\nevent: finding\ndata: {"n":2}\n\n') });
      streamOpened?.();
      return true;
    });
    const dead = await upstream();
    await stop(dead.server); // a port nothing listens on any more
    gateway = await startGateway({ port: 0, identityUrl: identity.url, services: { intake: intake.url, dead: dead.url }, consoleDir });
  });

  afterAll(async () => {
    await gateway.close();
    await Promise.all([stop(identity.server), stop(intake.server)]);
    rmSync(temp, { recursive: true, force: true });
  });

  it('sends /api/<service>/… to that service with the prefix stripped, the query and body kept, and says who asked', async () => {
    const response = await fetch(`${gateway.url}/api/intake/declarations/d-1/submission?dryRun=true&lang=zh`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '6.6.6.6' }, body: '{"a":1}' });
    const seen = (await response.json()) as Seen;
    expect(seen).toMatchObject({ url: '/declarations/d-1/submission?dryRun=true&lang=zh', method: 'POST', body: '{"a":1}' });
    expect(seen.headers).toMatchObject({ 'x-forwarded-for': '127.0.0.1', 'x-forwarded-proto': 'http', 'x-forwarded-host': new URL(gateway.url).host });
  });

  it('answers 404 in JSON for a service it does not know', async () => {
    const response = await fetch(`${gateway.url}/api/payroll/declarations`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: expect.stringContaining('payroll') });
  });

  it('leaves everything else to identity unchanged, and sends / to the console', async () => {
    for (const url of ['/auth?client_id=zc-console&state=x', '/interaction/uid-1/login', '/token', '/jwks', '/.well-known/openid-configuration', '/signed-in?code=c']) {
      expect(((await (await fetch(`${gateway.url}${url}`)).json()) as Seen).url).toBe(url);
    }
    const root = await fetch(`${gateway.url}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/console/']);
  });

  it('serves the built console: hashed assets for ever, any other route the SPA document with its CSP', async () => {
    for (const route of ['/console', '/console/', '/console/office/declarations/d-1?tab=history']) {
      const page = await fetch(`${gateway.url}${route}`);
      expect(await page.text()).toContain('<div id="root">');
      expect(Object.fromEntries(['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options'].map((h) => [h, page.headers.get(h)]))).toEqual({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': CONSOLE_CSP,
        'x-content-type-options': 'nosniff',
      });
    }
    const script = await fetch(`${gateway.url}/console/assets/index-3f2a.js`);
    expect([await script.text(), script.headers.get('content-type'), script.headers.get('cache-control')]).toEqual(['console.log(1)', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect((await fetch(`${gateway.url}/console/logo.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${gateway.url}/console/assets/index-old.js`)).status).toBe(404);
  });

  it.each(['/console/../secret.txt', '/console/%2e%2e/secret.txt', '/console/..%2fsecret.txt', '/console/assets/..%2F..%2F..%2Fsecret.txt', '/console/%00'])('refuses %s with 404', async (rawPath) => {
    const answer = await rawGet(gateway.url, rawPath);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the web');
  });

  it('says the console is not built when its directory has no index.html', async () => {
    const unbuilt = await startGateway({ port: 0, identityUrl: identity.url, services: {}, consoleDir: path.join(temp, 'nowhere') });
    try {
      const response = await fetch(`${unbuilt.url}/console/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/^console not built: run /);
    } finally {
      await unbuilt.close();
    }
  });

  it('streams server-sent events as they come: the first arrives while the upstream is still open', async () => {
    const response = await fetch(`${gateway.url}/api/intake/findings/stream?region=tianjin`);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    while (!received.includes('\n\n')) received += (await reader.read()).value ?? '';
    expect(received).toBe('id: 1\nevent: finding\ndata: {"n":1}\n\n');
    const stream = streams.at(-1)!;
    expect(stream.res.writableEnded).toBe(false);
    stream.release();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) received += chunk.value;
    expect(received).toContain('data: {"n":2}');
  });

  it('closes the upstream request when the client goes away, so a subscription ends at the service', async () => {
    const opened = new Promise<void>((resolve) => (streamOpened = resolve));
    const abort = new AbortController();
    const response = await fetch(`${gateway.url}/api/intake/findings/stream`, { signal: abort.signal });
    await response.body!.getReader().read();
    await opened;
    const stream = streams.at(-1)!;
    abort.abort();
    await stream.closed; // the service's side of the stream closed: nothing left to time out on
    expect(stream.res.writableEnded).toBe(false);
  });

  it('answers 502 in JSON when the upstream is unreachable', async () => {
    const response = await fetch(`${gateway.url}/api/dead/health/ready`);
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({ statusCode: 502, message: expect.stringContaining('unreachable') });
  });
});
