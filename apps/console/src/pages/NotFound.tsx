import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/locale';

export default function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title={t('page.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('page.back')}</Button>
        </Link>
      }
    />
  );
}
