import { generateSigningKey } from '@zc/platform';
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
