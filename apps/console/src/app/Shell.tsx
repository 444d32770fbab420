import { Button, Layout, Menu, Space, Spin, Tag, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { signIn } from '../auth/oidc';
import { useSession } from '../auth/session';
import { useLanguage, useT } from '../i18n/locale';
import type { MessageKey } from '../i18n/zh-CN';
import { menuFor } from '../lib/roles';
import { PAGES } from './pages';

const { Header, Sider, Content } = Layout;

/** The frame of every page: who is signed in, the language, and the menu of their own pages. */
export function Shell() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { claims, signOut } = useSession();
  const location = useLocation();
  const menu = menuFor(PAGES, claims?.roles ?? []);
  // The most specific entry only: /applicant/declarations/new is not also "my declarations".
  const selected = menu
    .filter((entry) => location.pathname === entry.path || location.pathname.startsWith(`${entry.path}/`))
    .map((entry) => entry.path)
    .sort((a, b) => b.length - a.length)
    .slice(0, 1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="zc-skip" href="#main">
        {t('app.skip')}
      </a>
      <Header role="banner" style={{ display: 'flex', alignItems: 'center', gap: 16, background: '#001d66' }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {t('app.title')}
        </Link>
        <Space style={{ marginLeft: 'auto' }} size="middle">
          <Button type="text" style={{ color: '#fff' }} lang={language === 'en' ? 'zh-CN' : 'en'} onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}>
            {t('lang.switch')}
          </Button>
          {claims ? (
            <>
              <span style={{ color: '#fff' }} data-testid="signed-in-as">
                {claims.name}
              </span>
              {claims.roles.map((role) => (
                <Tag key={role} color="blue">
                  {t(`role.${role}` as MessageKey)}
                </Tag>
              ))}
              <Button onClick={() => void signOut()}>{t('auth.signOut')}</Button>
            </>
          ) : (
            <Button type="primary" onClick={() => void signIn('/')}>
              {t('auth.signIn')}
            </Button>
          )}
        </Space>
      </Header>
      <Layout>
        <Sider width={220} theme="light" breakpoint="lg" collapsedWidth={0}>
          <nav aria-label={t('nav.menu')}>
            <Menu mode="inline" selectedKeys={selected} items={menu.map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{entry.title[language]}</Link> }))} />
          </nav>
        </Sider>
        <Content id="main" tabIndex={-1} style={{ padding: 24, background: '#fff' }}>
          <Suspense fallback={<Spin size="large" tip={t('common.loading')} />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

export function PageTitle({ children }: { children: string }) {
  return <Typography.Title level={2}>{children}</Typography.Title>;
}
