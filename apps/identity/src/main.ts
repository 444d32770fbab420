import { createServer } from 'node:http';
import { createIdentityProvider, loadIdentityConfig } from '@zc/identity';

// The embedded OpenID Provider: services verify its tokens against /jwks. In production point the
// services' OIDC_ISSUER at the province's identity platform or a Keycloak realm instead (README).
const config = loadIdentityConfig();
const provider = createIdentityProvider(config);
const server = createServer(provider.callback());
server.listen(config.http.port, config.http.host, () => {
  console.log(JSON.stringify({ level: 'info', msg: `identity provider ${config.issuer} listening on ${config.http.host}:${config.http.port}`, accounts: config.accounts.size }));
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
