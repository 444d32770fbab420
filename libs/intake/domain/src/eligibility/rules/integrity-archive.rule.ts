import { refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-6: no declaration while an integrity-archive record is active (3 years, 004 §4(1)). */
export const integrityArchive: EligibilityRule = {
  id: 'R-EL-6',
  check: (_profile, { activeIntegrityRecords }) =>
    activeIntegrityRecords.map((record) =>
      refuse('R-EL-6', 'idNumber', `存在有效期至${record.activeUntil}的诚信档案记录，期间不得申报`, `an integrity record is active until ${record.activeUntil}`),
    ),
};
