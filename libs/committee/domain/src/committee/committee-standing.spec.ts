import { authorised, barred, filed, reviewRefusal, type CommitteeStanding } from './committee-standing';

const committee = (change: Partial<CommitteeStanding> = {}): CommitteeStanding => ({
  id: 'tianjin-engineering',
  filingNumber: 'BA-2023-001',
  filedUntil: '2023-12-31',
  barredUntil: null,
  barredBecause: null,
  ...change,
});

describe('whether a committee may review', () => {
  it('R-CM-1: is filed through the last day of its filing, not after', () => {
    expect(filed(committee(), '2023-12-31')).toBe(true);
    expect(filed(committee(), '2024-01-01')).toBe(false);
  });

  it('R-CM-8: is barred through its bar’s last day', () => {
    expect(barred(committee({ barredUntil: '2026-09-30' }), '2026-09-30')).toBe(true);
    expect(barred(committee({ barredUntil: '2026-09-30' }), '2026-10-01')).toBe(false);
    expect(barred(committee(), '2023-01-01')).toBe(false);
  });

  it('is authorised only when filed and not barred', () => {
    expect(authorised(committee(), '2023-06-01')).toBe(true);
    expect(authorised(committee(), '2024-06-01')).toBe(false);
    expect(authorised(committee({ barredUntil: '2026-09-30' }), '2023-06-01')).toBe(false);
  });

  it('refuses a review plan naming the rule: the bar first, then the expired filing', () => {
    expect(reviewRefusal(committee(), '2023-06-01')).toEqual({ ok: true });
    expect(reviewRefusal(committee(), '2024-01-02')).toEqual({ ok: false, ruleId: 'R-CM-1', reason: "committee tianjin-engineering's filing BA-2023-001 expired on 2023-12-31; its results would not be recognised" });
    const both = committee({ filedUntil: '2022-12-31', barredUntil: '2026-09-30', barredBecause: 'review under jilin-2023 unfinished at its deadline 2023-09-30' });
    expect(reviewRefusal(both, '2024-01-02')).toEqual({ ok: false, ruleId: 'R-CM-8', reason: 'committee tianjin-engineering is not authorised: review under jilin-2023 unfinished at its deadline 2023-09-30' });
  });
});
