import { decideFraudOutcome, isClosed } from './decide-outcome';

describe('cancellation and revocation (R-VF-1, R-SV-1, R-CT-4)', () => {
  it('cancels a declaration not yet passed, at any stage of review or evaluation', () => {
    for (const status of ['submitted', 'forwarded', 'awaiting-fee', 'accepted', 'verified', 'committee-passed', 'in-publicity']) {
      expect(decideFraudOutcome(status, 'R-VF-1', 'false promise of 90 hours')).toMatchObject({ ok: true, to: 'cancelled' });
    }
  });

  it('revokes the title once the result is published or certified', () => {
    expect(decideFraudOutcome('certificate-issued', 'R-SV-1', 'plagiarised paper')).toEqual({ ok: true, to: 'revoked', reason: 'title revoked (R-SV-1, R-CT-4): plagiarised paper' });
    expect(decideFraudOutcome('published', 'R-VF-1', 'x')).toMatchObject({ to: 'revoked' });
  });

  it('leaves closed declarations alone', () => {
    for (const status of ['withdrawn', 'abandoned', 'declined', 'cancelled', 'revoked', 'draft']) expect(decideFraudOutcome(status, 'R-VF-1', 'x').ok).toBe(false);
    expect(isClosed('cancelled')).toBe(true);
    expect(isClosed('accepted')).toBe(false);
  });
});
