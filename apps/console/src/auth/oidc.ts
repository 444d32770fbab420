import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** The audience of the services' API (identity's resource indicator). */
const API_RESOURCE = 'urn:zhicheng:api';
export const CONSOLE_BASE = '/console';

/**
 * Sign-in with the platform's identity provider: authorization code with PKCE, the provider on the
 * console's own origin (the gateway puts identity at / and the console at /console). Tokens stay in
 * this tab's session storage; when one expires the person signs in again, which is instant while
 * the provider's session lasts.
 */
export const userManager = new UserManager({
  authority: window.location.origin,
  client_id: 'zc-console',
  redirect_uri: `${window.location.origin}${CONSOLE_BASE}/callback`,
  post_logout_redirect_uri: `${window.location.origin}${CONSOLE_BASE}/`,
  response_type: 'code',
  scope: 'openid profile zc',
  resource: API_RESOURCE,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  automaticSilentRenew: false,
  monitorSession: false,
});

/** Sends the person to sign in, and back to where they were afterwards. */
export function signIn(returnTo = currentRoute()): Promise<void> {
  return userManager.signinRedirect({ state: { returnTo } });
}

/** The current route inside the console (what the router calls the path). */
function currentRoute(): string {
  const path = window.location.pathname.startsWith(CONSOLE_BASE) ? window.location.pathname.slice(CONSOLE_BASE.length) : '/';
  return (path || '/') + window.location.search;
}
