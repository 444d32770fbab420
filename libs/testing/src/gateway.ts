import { createReadStream, promises as fs } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream';

/**
 * The one origin of the web console (docs/design/issue-15-web-console.md §3, as Caddy does in
 * compose): identity at the root (its `/interaction/…` URLs and `iss` are absolute, so it cannot sit
 * under a prefix), `/api/<service>/…` to a service with the prefix stripped, `/console/…` the built
 * files with an SPA fallback, and `/` redirected to the console. Plain node:http: no dependency.
 */
export interface GatewayOptions {
  /** 0 picks a free port. */
  port: number;
  identityUrl: string;
  /** Base URL of each service, by the name in `/api/<name>/`. */
  services: Record<string, string>;
  /** The console's build output (index.html, assets/). */
  consoleDir: string;
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

/** The console document's policy: antd injects styles, so `'unsafe-inline'` for styles only. */
export const CONSOLE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Per connection, not end to end (RFC 9110 §7.6.1): never forwarded either way. */
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade'];

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const server = createServer((req, res) => {
    // The raw path, not a WHATWG URL: that would resolve `..` and `%2e%2e` before we could refuse them.
    const [pathname = '/', query] = (req.url ?? '/').split(/\?(.*)/s);
    const search = query === undefined ? '' : `?${query}`;
    if (pathname === '/') {
      res.writeHead(302, { location: '/console/' }).end();
    } else if (pathname === '/console' || pathname.startsWith('/console/')) {
      serveConsole(options.consoleDir, pathname.slice('/console'.length), req, res).catch(() => res.destroy());
    } else if (pathname === '/api' || pathname.startsWith('/api/')) {
      const [, , service = '', ...rest] = pathname.split('/');
      const base = Object.hasOwn(options.services, service) ? options.services[service] : undefined;
      if (!base) return sendJson(res, 404, `no service named "${service}" behind /api (there are: ${Object.keys(options.services).join(', ')})`);
      proxy(req, res, base, `/${rest.join('/')}${search}`);
    } else {
      proxy(req, res, options.identityUrl, `${pathname}${search}`);
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open SSE streams and idle keep-alive sockets would hold close() up for ever.
        server.closeAllConnections();
      }),
  };
}

/** Streams one request to the upstream and its answer back, as each chunk comes (SSE included). */
function proxy(req: IncomingMessage, res: ServerResponse, base: string, upstreamPath: string): void {
  const target = new URL(base);
  const headers = withoutHopByHop(req.headers);
  // This gateway is the entry point: a client's own x-forwarded-* are not to be believed.
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
  headers['x-forwarded-proto'] = 'http';
  headers['x-forwarded-host'] = req.headers.host ?? '';
  const upstream = request({ hostname: target.hostname, port: target.port, method: req.method, path: `${target.pathname.replace(/\/$/, '')}${upstreamPath}`, headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
    // Headers out now: an SSE client must see its 200 before the first event, not with it.
    res.flushHeaders();
    // pipeline, not bare pipe: an upstream cut mid-stream cuts the client too instead of hanging it.
    pipeline(answer, res, () => undefined);
  });
  upstream.on('error', (error) => {
    if (res.destroyed) return; // we cut it ourselves: the client left
    if (!res.headersSent) sendJson(res, 502, `${target.host} is unreachable: ${error.message}`);
    else res.destroy();
  });
  // The client went away before the answer ended: end the upstream request too, so that a findings
  // subscription (SSE) stops at the service instead of streaming into nothing.
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  req.pipe(upstream);
}

/** The built console: hashed assets cached for ever, everything else (the SPA's routes) index.html. */
async function serveConsole(root: string, relative: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const index = path.join(root, 'index.html');
  if (!(await isFile(index))) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end(`console not built: run \`npm run console:build\` (no index.html in ${root})\n`);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return void res.writeHead(404).end();
  }
  const base = path.resolve(root);
  const file = path.resolve(base, `.${decoded}`);
  if (decoded.includes('\0') || (file !== base && !file.startsWith(`${base}${path.sep}`))) return void res.writeHead(404).end();
  const isAsset = decoded.startsWith('/assets/');
  if (await isFile(file)) {
    return sendFile(res, req, file, isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
  }
  // A missing hashed asset is a stale page asking for a previous build: HTML in its place would not run.
  if (isAsset) return void res.writeHead(404).end();
  return sendFile(res, req, index, 'no-cache');
}

async function sendFile(res: ServerResponse, req: IncomingMessage, file: string, cacheControl: string): Promise<void> {
  const { size } = await fs.stat(file);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'content-type': type,
    'content-length': size,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'content-security-policy': CONSOLE_CSP } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  pipeline(createReadStream(file), res, () => undefined);
}

function sendJson(res: ServerResponse, statusCode: number, message: string): void {
  res.writeHead(statusCode, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ statusCode, message }));
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = String(headers['connection'] ?? '').split(',').map((name) => name.trim().toLowerCase());
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name) && !named.includes(name)));
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => undefined))?.isFile() ?? false;
}
