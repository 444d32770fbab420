import { Spin } from 'antd';
import { lazy, useEffect, type ReactNode } from 'react';
import { signIn } from '../auth/oidc';
import { useSession } from '../auth/session';
import { useT } from '../i18n/locale';
import { mayOpen, type ConsolePage } from '../lib/roles';

const Forbidden = lazy(() => import('../pages/Forbidden'));

/**
 * Opens a page only to the roles it belongs to: a visitor is sent to sign in, a signed-in person of
 * another role sees a refusal (the services would refuse every call of the page anyway).
 */
export function RequirePage({ page, children }: { page: ConsolePage; children: ReactNode }) {
  const t = useT();
  const { ready, claims } = useSession();
  const needsSignIn = page.audience !== 'public' && ready && !claims;
  useEffect(() => {
    if (needsSignIn) void signIn();
  }, [needsSignIn]);

  if (page.audience === 'public') return children;
  if (!ready || !claims) return <Spin size="large" tip={t('auth.signingIn')} fullscreen />;
  if (!mayOpen(page, claims.roles)) return <Forbidden />;
  return children;
}
