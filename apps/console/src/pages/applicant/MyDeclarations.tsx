import { DeclarationTable } from '../declarations/DeclarationTable';
import { useT } from '../../i18n/locale';

/** The applicant's own declarations (intake shows an applicant nothing else). */
export default function MyDeclarations() {
  const t = useT();
  return <DeclarationTable title={t('applicant.declarations')} />;
}
