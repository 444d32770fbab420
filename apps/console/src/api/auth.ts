/**
 * Where the six API clients get the signed-in user's access token. The console supplies the getter
 * once at startup (from its OIDC session); until then, and whenever it returns nothing, requests go
 * without a token.
 */
export type TokenGetter = () => string | undefined | Promise<string | undefined>;

let tokenGetter: TokenGetter = () => undefined;

/** Sets the token getter of all six clients (intake, verification, committee, publicity, certificate, supervision). */
export function configureApiAuth(getToken: TokenGetter): void {
  tokenGetter = getToken;
}

/**
 * The `auth` callback of every client (`<service>/client.ts`). hey-api calls it for each operation
 * whose OpenAPI document asks for bearer authentication, and sends `Authorization: Bearer <token>`;
 * the public operations (publicity list, objections, certificate verification, health) go without.
 */
export const bearerToken = (): string | undefined | Promise<string | undefined> => tokenGetter();
