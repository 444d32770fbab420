import { loadServiceConfig } from './service-config';

describe('service configuration: production fails closed', () => {
  const production = { NODE_ENV: 'production', OIDC_ISSUER: 'https://id.example.gov.cn', KAFKA_PASSWORD: 'a-service-password' };

  it('starts with an issuer and Kafka credentials of its own', () => {
    const config = loadServiceConfig('intake', production);
    expect(config.oidc).toMatchObject({ issuer: 'https://id.example.gov.cn', audience: 'urn:zhicheng:api', algorithms: ['ES256'] });
    expect(config.kafka.sasl).toEqual({ username: 'intake', password: 'a-service-password' });
  });

  it.each([
    ['OIDC_ISSUER', 'must name the identity provider in production'],
    ['KAFKA_PASSWORD', "must be set in production: the service's own Kafka credentials"],
  ])('refuses to start without %s, naming it', (variable, reason) => {
    const { [variable as keyof typeof production]: _left, ...without } = production;
    expect(() => loadServiceConfig('intake', without)).toThrow(`${variable}: ${reason}`);
  });

  it('accepts only asymmetric token algorithms', () => {
    expect(() => loadServiceConfig('intake', { ...production, OIDC_ALGORITHMS: 'HS256' })).toThrow(/OIDC_ALGORITHMS/);
    expect(loadServiceConfig('intake', { ...production, OIDC_ALGORITHMS: 'RS256,ES256' }).oidc.algorithms).toEqual(['RS256', 'ES256']);
  });

  it('in development trusts the embedded provider and connects to Kafka without SASL unless given a password', () => {
    const config = loadServiceConfig('committee', {});
    expect(config.oidc.issuer).toBe('http://127.0.0.1:3000');
    expect(config.kafka.sasl).toBeUndefined();
  });
});
