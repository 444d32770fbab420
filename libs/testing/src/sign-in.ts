import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_OIDC_AUDIENCE } from '@zc/platform';

/** The browser console's client and the provider's own landing page for it. */
const CONSOLE_CLIENT_ID = 'zc-console';

interface TokenAnswer {
  access_token: string;
  expires_in: number;
  id_token?: string;
}

/** Cookies by name, as a browser would keep them for one site. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** What a page says went wrong (its alert), or the start of the answer. */
function whyNot(text: string): string {
  return text.match(/role="alert">([^<]*)</)?.[1] ?? text.slice(0, 300);
}

async function tokenRequest(issuer: string, body: URLSearchParams, headers: Record<string, string> = {}): Promise<TokenAnswer> {
  const response = await fetch(`${issuer}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body });
  const answer = (await response.json()) as TokenAnswer & { error?: string; error_description?: string };
  if (!response.ok) throw new Error(`the token endpoint refused: ${answer.error} ${answer.error_description ?? ''}`.trim());
  return answer;
}

/**
 * Signs a person in through the provider's own pages, as a browser would (authorization code with
 * PKCE, over plain HTTP requests and a cookie jar), and returns their access token.
 */
export async function signIn(issuer: string, login: string, password: string, audience = DEFAULT_OIDC_AUDIENCE): Promise<TokenAnswer> {
  const verifier = randomBytes(32).toString('base64url');
  const redirectUri = `${issuer}/signed-in`;
  const authorize = new URL(`${issuer}/auth`);
  for (const [name, value] of Object.entries({
    client_id: CONSOLE_CLIENT_ID,
    response_type: 'code',
    scope: 'openid profile zc',
    resource: audience,
    redirect_uri: redirectUri,
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })) {
    authorize.searchParams.set(name, value);
  }
  const jar = new CookieJar();
  const step = async (url: string, init: RequestInit = {}): Promise<string> => {
    const response = await fetch(new URL(url, issuer), { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie: jar.header() } });
    jar.take(response);
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) throw new Error(`sign-in stopped at ${url}: ${response.status} ${whyNot(await response.text())}`);
    return location;
  };
  const interaction = await step(authorize.href);
  const form = new URLSearchParams({ login, password });
  const resume = await step(`${interaction}/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
  const landing = new URL(await step(resume), issuer);
  const code = landing.searchParams.get('code');
  if (!code) throw new Error(`sign-in ended without a code: ${landing.href}`);
  return tokenRequest(issuer, new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_id: CONSOLE_CLIENT_ID, resource: audience }));
}

/** A machine client's access token (client credentials, HTTP Basic client authentication). */
export async function clientToken(issuer: string, clientId: string, secret: string, audience = DEFAULT_OIDC_AUDIENCE): Promise<TokenAnswer> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64');
  return tokenRequest(issuer, new URLSearchParams({ grant_type: 'client_credentials', resource: audience, scope: 'api' }), { authorization: `Basic ${basic}` });
}
