import type { IncomingMessage } from 'node:http';
import { errors, Provider, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { CONSOLE_CLIENT_ID } from './clients';
import type { IdentityConfig } from './identity-config';
import { errorPage, loginPage, signedInPage } from './pages';

/** The one scope of the services' API (the resource named by the audience). */
const API_SCOPE = 'api';
/** Claims of our own, granted with the `zc` scope: who the person is and what they may do. */
const OIDC_SCOPES = 'openid profile zc';
const MAX_FORM_BYTES = 4_096;

/**
 * The embedded OpenID Provider (panva's oidc-provider, OpenID certified): real-name accounts,
 * authorization code + PKCE for the browser console, client credentials for machines. Access
 * tokens are JWTs (ES256) for the one API audience, carrying roles, scope and identity number.
 */
export function createIdentityProvider(config: IdentityConfig): Provider {
  const clientsById = new Map(config.machineClients.map((client) => [client.clientId, client]));
  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: config.consoleRedirectUris,
        post_logout_redirect_uris: config.consolePostLogoutRedirectUris,
      },
      ...config.machineClients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
    ],
    jwks: { keys: config.signingKeys },
    cookies: { keys: config.cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', 'profile', 'zc', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name'], zc: ['id_number', 'roles', 'zc_scope'] },
    clientDefaults: { id_token_signed_response_alg: 'ES256', grant_types: ['authorization_code'], response_types: ['code'] },
    enabledJWA: { clientAuthSigningAlgValues: ['ES256'] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => config.audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== config.audience) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: config.audience, accessTokenFormat: 'jwt', accessTokenTTL: config.accessTokenTtlSeconds, jwt: { sign: { alg: 'ES256' } } };
        },
      },
    },
    ttl: { AccessToken: config.accessTokenTtlSeconds, ClientCredentials: config.accessTokenTtlSeconds, Session: 8 * 3600, Interaction: 600, Grant: 8 * 3600 },
    findAccount: (_ctx, sub) => {
      const claims = config.accounts.claimsOf(sub);
      return claims ? { accountId: sub, claims: () => claims as { sub: string } } : undefined;
    },
    extraTokenClaims: (_ctx, token) => {
      if ('accountId' in token && token.accountId) return config.accounts.claimsOf(token.accountId);
      const client = token.clientId ? clientsById.get(token.clientId) : undefined;
      const { principal } = client ?? {};
      return principal ? { roles: principal.roles, zc_scope: principal.scope, ...(principal.name ? { name: principal.name } : {}) } : undefined;
    },
    // The console is the platform's own: signing in is consent, so no consent page is shown.
    loadExistingGrant: async (ctx) => {
      const { client, session, result, provider } = ctx.oidc;
      const grantId = result?.['consent']?.grantId ?? (client ? session?.grantIdFor(client.clientId) : undefined);
      if (grantId) return provider.Grant.find(grantId);
      if (!client || client.clientId !== CONSOLE_CLIENT_ID || !session?.accountId) return undefined;
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(OIDC_SCOPES);
      grant.addResourceScope(config.audience, API_SCOPE);
      await grant.save();
      return grant;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out['error_description'] ?? out['error'] ?? '请求无效');
    },
  };
  const provider = new Provider(config.issuer, configuration);
  if (config.production) provider.proxy = true; // behind the TLS-terminating entry point
  provider.use(interactionRoutes(provider, config));
  return provider;
}

/** The sign-in pages and the provider's own health probe. */
function interactionRoutes(provider: Provider, config: IdentityConfig) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>) => {
    ctx.set('cache-control', 'no-store');
    if (ctx.method === 'GET' && (ctx.path === '/health/ready' || ctx.path === '/health/live')) {
      ctx.body = { status: 'ok', accounts: config.accounts.size };
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/signed-in') {
      ctx.type = 'html';
      ctx.body = signedInPage(typeof ctx.query['code'] === 'string' ? ctx.query['code'] : undefined);
      return;
    }
    const route = ctx.path.match(/^\/interaction\/([\w-]+)(\/login|\/abort)?$/);
    if (!route) return next();
    ctx.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
    const [, uid, action] = route;
    try {
      const details = await provider.interactionDetails(ctx.req, ctx.res);
      if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
      if (!action && ctx.method === 'GET') {
        ctx.type = 'html';
        ctx.body = loginPage(details.uid, String(details.params['client_id'] ?? ''));
        return;
      }
      if (action === '/abort' && ctx.method === 'GET') {
        await provider.interactionFinished(ctx.req, ctx.res, { error: 'access_denied', error_description: '用户取消了登录' }, { mergeWithLastSubmission: false });
        ctx.respond = false;
        return;
      }
      if (action === '/login' && ctx.method === 'POST') {
        const form = await readForm(ctx.req);
        const login = form.get('login') ?? '';
        const account = config.accounts.authenticate(login, form.get('password') ?? '');
        if (!account) {
          ctx.status = 401;
          ctx.type = 'html';
          ctx.body = loginPage(details.uid, String(details.params['client_id'] ?? ''), '证件号码或密码不正确', login);
          return;
        }
        await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: account.principal.sub } }, { mergeWithLastSubmission: false });
        ctx.respond = false;
        return;
      }
      ctx.status = 405;
    } catch (error) {
      ctx.status = error instanceof errors.OIDCProviderError ? error.statusCode : 400;
      ctx.type = 'html';
      ctx.body = errorPage(error instanceof errors.SessionNotFound ? '登录已过期，请重新发起登录' : '请求无效');
    }
  };
}

/** A small urlencoded form, read here because the provider must see unparsed requests. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_FORM_BYTES) throw new errors.InvalidRequest('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
