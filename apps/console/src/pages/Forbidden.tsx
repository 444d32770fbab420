import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale';

/** A signed-in person opening another role's page (by a link or by typing its address). */
export default function Forbidden() {
  const t = useT();
  return (
    <Result
      status="403"
      title={<span data-testid="forbidden">{t('page.forbidden')}</span>}
      subTitle={t('page.forbiddenDetail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('page.back')}</Button>
        </Link>
      }
    />
  );
}
