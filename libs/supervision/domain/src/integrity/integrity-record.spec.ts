import { createEvent, DeclarationStatusChanged } from '@zc/contracts';
import { integrityRecordActiveUntil, integrityRecordOf } from './integrity-record';

const declarationId = '0b7f5a52-5a1b-4d36-9a3e-1f4f6c1f2d10';
const changed = (data: Partial<Parameters<typeof createEvent<typeof DeclarationStatusChanged>>[2]>) =>
  createEvent(DeclarationStatusChanged, declarationId, { declarationId, from: 'accepted', to: 'cancelled', reason: 'x', actor: 'bureau', deadline: null, ...data }, { source: 'intake', correlationId: 'c' });

describe('the integrity archive (R-SV-1)', () => {
  it('keeps a record active for 3 years, to the day before the third anniversary', () => {
    expect(integrityRecordActiveUntil('2026-11-22')).toBe('2029-11-21');
    expect(integrityRecordActiveUntil('2024-02-29')).toBe('2027-02-28');
    expect(integrityRecordActiveUntil('2023-01-01')).toBe('2025-12-31');
  });

  it('records fraud behind a cancellation or a revocation, once per declaration', () => {
    const record = integrityRecordOf(changed({ on: '2026-11-22', fraud: { ruleId: 'R-VF-1', finding: 'false promise' } }), '11010519491231002X');
    expect(record).toMatchObject({ id: `IR-${declarationId}`, idNumber: '11010519491231002X', ruleId: 'R-VF-1', recordedOn: '2026-11-22', activeUntil: '2029-11-21' });
    expect(integrityRecordOf(changed({ to: 'revoked', on: '2026-11-22', fraud: { ruleId: 'R-SV-1', finding: 'plagiarism' } }), '11010519491231002X')?.reason).toBe('R-SV-1: plagiarism');
  });

  it('records nothing without fraud, without a person, or for another change', () => {
    expect(integrityRecordOf(changed({}), '11010519491231002X')).toBeNull();
    expect(integrityRecordOf(changed({ fraud: { ruleId: 'R-SV-1', finding: 'x' } }), null)).toBeNull();
    expect(integrityRecordOf(changed({ to: 'abandoned', fraud: { ruleId: 'R-SV-1', finding: 'x' } }), '11010519491231002X')).toBeNull();
  });
});
