// The supervision service's typed client, as the console reaches it: through the gateway at /api/supervision,
// with the signed-in user's bearer token (../auth.ts) on every operation that asks for one.
// Import the operations (and their TanStack Query options) from here, not from ./generated: this
// module is what configures the client they all use. Regenerate with `npm run console:api`.
import { bearerToken } from '../auth';
import { client } from './generated/client.gen';

client.setConfig({ baseUrl: '/api/supervision', auth: bearerToken });

export { client };
export * from './generated';
export * from './generated/@tanstack/react-query.gen';
