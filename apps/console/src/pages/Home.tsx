import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../auth/session';
import { PAGES } from '../app/pages';
import { useLanguage, useT } from '../i18n/locale';
import { menuFor, type ConsolePage } from '../lib/roles';

function PageCards({ pages }: { pages: ConsolePage[] }) {
  const { language } = useLanguage();
  return (
    <Row gutter={[16, 16]}>
      {pages.map((page) => (
        <Col key={page.path} xs={24} sm={12} lg={8}>
          <Link to={page.path}>
            <Card hoverable size="small">
              {page.title[language]}
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}

/** The landing page: what anyone can do, and what the signed-in person can do. */
export default function Home() {
  const t = useT();
  const { claims } = useSession();
  const menu = menuFor(PAGES, claims?.roles ?? []);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 28 }}>
        {t('home.welcome')}
      </Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      {claims && (
        <>
          <Typography.Title level={2} style={{ fontSize: 20 }}>
            {t('home.yourPages')}
          </Typography.Title>
          <PageCards pages={menu.filter((page) => page.audience !== 'public')} />
        </>
      )}
      <Typography.Title level={2} style={{ fontSize: 20, marginTop: 24 }}>
        {t('home.public')}
      </Typography.Title>
      <PageCards pages={menu.filter((page) => page.audience === 'public')} />
    </>
  );
}
