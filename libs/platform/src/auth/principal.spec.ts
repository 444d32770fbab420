import { inspectsRegion, type Principal } from './principal';

const inspector = (scope: Principal['scope']): Principal => ({ sub: 'i', roles: ['inspector'], scope });

describe('inspectsRegion', () => {
  it('is true for an inspector of exactly that region only', () => {
    expect(inspectsRegion(inspector({ region: 'tianjin' }), 'tianjin')).toBe(true);
    expect(inspectsRegion(inspector({ region: 'tianjin' }), 'jilin')).toBe(false);
    expect(inspectsRegion({ sub: 'o', roles: ['committee-office'], scope: { region: 'tianjin' } }, 'tianjin')).toBe(false);
  });

  it('is false for a token without a region, whatever region is asked (none, not every)', () => {
    for (const region of ['tianjin', null, undefined]) expect(inspectsRegion(inspector({}), region)).toBe(false);
    expect(inspectsRegion(inspector({ region: 'tianjin' }), null)).toBe(false);
  });
});
