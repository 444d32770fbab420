import { capNamed, defenceRequired } from './pass-rate-cap';

const caps = [{ description: '吉林三级岗位', series: ['*'], maxRate: 0.4 }];

describe('the pass-rate cap of a meeting (R-CM-9)', () => {
  it('is the named cap’s rate, or none when none is named', () => {
    expect(capNamed(caps, '吉林三级岗位')).toEqual({ ok: true, maxRate: 0.4 });
    expect(capNamed(caps, undefined)).toEqual({ ok: true, maxRate: null });
  });

  it('refuses a cap the plan does not have, listing those it has', () => {
    expect(capNamed(caps, 'third-level')).toEqual({ ok: false, reason: 'the plan has no such cap; its caps: 吉林三级岗位' });
    expect(capNamed([], 'third-level')).toEqual({ ok: false, reason: 'the plan has no such cap; its caps: none' });
  });
});

describe('the on-site defence (R-CM-6)', () => {
  it('is required when any declaration is of a level the plan names', () => {
    expect(defenceRequired(['intermediate', 'senior'], ['deputy-senior', 'senior'])).toBe(true);
    expect(defenceRequired(['intermediate'], ['deputy-senior', 'senior'])).toBe(false);
    expect(defenceRequired(['senior'], [])).toBe(false);
  });
});
