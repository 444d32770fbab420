import { generateSigningKey } from '@zc/platform/auth';
import { hashPassword } from './accounts';
import { loadIdentityConfig } from './identity-config';

describe('identity provider configuration: production fails closed', () => {
  const production = {
    NODE_ENV: 'production',
    OIDC_ISSUER: 'https://id.example.gov.cn',
    OIDC_JWKS: JSON.stringify({ keys: [generateSigningKey()] }),
    IDENTITY_COOKIE_KEYS: 'a-cookie-key-of-its-own',
    IDENTITY_ACCOUNTS: JSON.stringify([{ login: 'admin', principal: { sub: 'a-1', roles: ['bureau-admin'], scope: {} }, passwordHash: hashPassword('a long password') }]),
    IDENTITY_CLIENTS: JSON.stringify([{ clientId: 'agency', clientSecret: 'a-client-secret-of-16+', principal: { sub: 'agency', roles: ['bureau-admin'], scope: {} } }]),
  };

  it('starts with every secret handed over, and no seed account', () => {
    const config = loadIdentityConfig(production);
    expect(config).toMatchObject({ production: true, issuer: 'https://id.example.gov.cn', cookieKeys: ['a-cookie-key-of-its-own'] });
    expect(config.accounts.size).toBe(1);
    expect(config.accounts.authenticate('admin', 'zhicheng-dev')).toBeUndefined();
  });

  it.each(['OIDC_ISSUER', 'OIDC_JWKS', 'IDENTITY_COOKIE_KEYS', 'IDENTITY_ACCOUNTS', 'IDENTITY_CLIENTS'])('refuses to start without %s', (variable) => {
    const { [variable as keyof typeof production]: _left, ...without } = production;
    expect(() => loadIdentityConfig(without)).toThrow(variable);
  });

  it('refuses a signing key that is not a private EC P-256 key', () => {
    const publicOnly = { ...generateSigningKey(), d: undefined };
    expect(() => loadIdentityConfig({ ...production, OIDC_JWKS: JSON.stringify({ keys: [publicOnly] }) })).toThrow(/private EC P-256/);
  });
});

describe('identity provider configuration: where the browser console may be sent', () => {
  it('lets the console receive codes on its own page and on the provider’s, and come back to it after signing out', () => {
    const config = loadIdentityConfig({ OIDC_ISSUER: 'http://127.0.0.1:8080/' });
    expect(config.consoleRedirectUris).toEqual(['http://127.0.0.1:8080/signed-in', 'http://127.0.0.1:8080/console/callback']);
    expect(config.consolePostLogoutRedirectUris).toEqual(['http://127.0.0.1:8080/console/']);
  });

  it('adds the redirect URIs named in IDENTITY_CONSOLE_REDIRECT_URIS to those', () => {
    const config = loadIdentityConfig({ OIDC_ISSUER: 'https://zc.example.gov.cn', IDENTITY_CONSOLE_REDIRECT_URIS: 'http://localhost:5173/console/callback,' });
    expect(config.consoleRedirectUris).toEqual(['https://zc.example.gov.cn/signed-in', 'https://zc.example.gov.cn/console/callback', 'http://localhost:5173/console/callback']);
  });
});
