import { Space } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../i18n/locale';
import { DeclarationTable } from '../declarations/DeclarationTable';
import { ReviewActions } from '../declarations/ReviewActions';
import { CorrectionChecklist } from './CorrectionChecklist';

/** The declarations waiting for this office's decision, within its scope; a correction may also be asked for by checklist (R-RV-4). */
export default function ReviewQueue() {
  const t = useT();
  return (
    <DeclarationTable
      title={t('queue.office')}
      statuses={['forwarded', 'resubmitted']}
      actions={(row) => (
        <Space direction="vertical">
          <Link to={`/declarations/${row.id}`}>{t('decl.open')}</Link>
          <ReviewActions reviewer="committee-office" declarationId={row.id} applicant={row.applicantName} />
          <CorrectionChecklist declarationId={row.id} applicant={row.applicantName} />
        </Space>
      )}
    />
  );
}
