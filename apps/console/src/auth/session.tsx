import type { User } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { configureApiAuth } from '../api/auth';
import { claimsOf, type Claims } from './claims';
import { userManager } from './oidc';

export interface Session {
  /** Undefined while the stored sign-in is being read. */
  ready: boolean;
  accessToken?: string;
  claims?: Claims;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session>({ ready: false, signOut: async () => undefined });

/** The token the API clients send; kept outside React so every request reads the current one. */
let currentToken: string | undefined;
export const accessToken = (): string | undefined => currentToken;
configureApiAuth(accessToken);

function usable(user: User | null): User | undefined {
  return user && !user.expired && claimsOf(user.access_token) ? user : undefined;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | undefined>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const loaded = (next: User) => setUser(usable(next));
    const unloaded = () => setUser(undefined);
    userManager.events.addUserLoaded(loaded);
    userManager.events.addUserUnloaded(unloaded);
    userManager.events.addAccessTokenExpired(unloaded);
    void userManager.getUser().then((stored) => {
      setUser(usable(stored));
      setReady(true);
    });
    return () => {
      userManager.events.removeUserLoaded(loaded);
      userManager.events.removeUserUnloaded(unloaded);
      userManager.events.removeAccessTokenExpired(unloaded);
    };
  }, []);

  currentToken = user?.access_token;
  const session = useMemo<Session>(
    () => ({
      ready,
      accessToken: user?.access_token,
      claims: user ? claimsOf(user.access_token) : undefined,
      signOut: () => userManager.signoutRedirect({ id_token_hint: user?.id_token }),
    }),
    [ready, user],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
