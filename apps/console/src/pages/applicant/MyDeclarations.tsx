import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { usePageT, useT } from '../../i18n/locale';
import { DeclarationTable } from '../declarations/DeclarationTable';
import { MESSAGES } from './messages';

/** The applicant's own declarations (intake shows an applicant nothing else), and the way to a new one. */
export default function MyDeclarations() {
  const t = useT();
  const p = usePageT(MESSAGES);
  const navigate = useNavigate();
  return (
    <DeclarationTable
      title={t('applicant.declarations')}
      toolbar={
        <Button type="primary" style={{ marginBottom: 16 }} onClick={() => void navigate('/applicant/declarations/new')}>
          {p('newDeclaration')}
        </Button>
      }
    />
  );
}
