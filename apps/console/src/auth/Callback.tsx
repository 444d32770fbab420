import { Button, Result, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/locale';
import { PAGES } from '../app/pages';
import { homeOf } from '../lib/roles';
import { claimsOf } from './claims';
import { signIn, userManager } from './oidc';

/** Where the identity provider sends the browser back with the code; exchanges it once. */
export default function Callback() {
  const t = useT();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // React's development double effect must not spend the code twice
    started.current = true;
    userManager
      .signinRedirectCallback()
      .then((user) => {
        const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
        const roles = claimsOf(user.access_token)?.roles ?? [];
        const target = returnTo && returnTo !== '/' && !returnTo.startsWith('/callback') ? returnTo : homeOf(PAGES, roles);
        navigate(target, { replace: true });
      })
      .catch((error: Error) => setFailure(error.message));
  }, [navigate]);

  if (failure)
    return (
      <Result
        status="warning"
        title={t('auth.failed')}
        subTitle={failure}
        extra={
          <Button type="primary" onClick={() => void signIn('/')}>
            {t('auth.retry')}
          </Button>
        }
      />
    );
  return <Spin size="large" tip={t('auth.signingIn')} fullscreen />;
}
