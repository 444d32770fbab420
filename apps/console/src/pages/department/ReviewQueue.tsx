import { Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/locale';
import { DeclarationTable } from '../declarations/DeclarationTable';
import { ReviewActions } from '../declarations/ReviewActions';

/** The declarations waiting for this department's decision, within its scope. */
export default function ReviewQueue() {
  const t = useT();
  return (
    <DeclarationTable
      title={t('queue.department')}
      statuses={['recommended']}
      actions={(row) => (
        <Space direction="vertical">
          <Link to={`/declarations/${row.id}`}>{t('decl.open')}</Link>
          <ReviewActions reviewer="department" declarationId={row.id} applicant={row.applicantName} />
        </Space>
      )}
    />
  );
}
