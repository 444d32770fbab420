import { Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/locale';
import { DeclarationTable } from '../declarations/DeclarationTable';
import { ReviewActions } from '../declarations/ReviewActions';
import { Recommend } from './Recommend';

/** The declarations waiting for this employer's decision, within its scope: recommend after unit publicity (R-RV-1), or return. */
export default function ReviewQueue() {
  const t = useT();
  return (
    <DeclarationTable
      title={t('queue.employer')}
      statuses={['submitted']}
      actions={(row) => (
        <Space direction="vertical">
          <Link to={`/declarations/${row.id}`}>{t('decl.open')}</Link>
          <Space wrap>
            <Recommend declarationId={row.id} applicant={row.applicantName} />
            <ReviewActions reviewer="employer" declarationId={row.id} applicant={row.applicantName} />
          </Space>
        </Space>
      )}
    />
  );
}
