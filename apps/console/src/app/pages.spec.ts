import { homeOf, mayOpen, menuFor, ROLES } from '../lib/roles';
import { PAGES } from './pages';

describe('console pages by role', () => {
  it('shows each role its own pages and the public ones, never another role’s', () => {
    for (const role of ROLES) {
      const menu = menuFor(PAGES, [role]);
      expect(menu.filter((entry) => entry.audience === 'public').length).toBeGreaterThan(0);
      const own = menu.filter((entry) => entry.audience !== 'public');
      expect({ role, own: own.length > 0 }).toEqual({ role, own: true });
      for (const entry of own) expect({ role, path: entry.path, mine: (entry.audience as readonly string[]).includes(role) }).toEqual({ role, path: entry.path, mine: true });
    }
  });

  it('refuses a page of another role and opens the public ones to anyone', () => {
    const bureauPlans = PAGES.find((entry) => entry.path === '/bureau/plans')!;
    expect(mayOpen(bureauPlans, ['applicant'])).toBe(false);
    expect(mayOpen(bureauPlans, ['bureau-admin'])).toBe(true);
    expect(mayOpen(PAGES.find((entry) => entry.path === '/publicity')!, [])).toBe(true);
  });

  it('lands each role on its first own page', () => {
    expect(homeOf(PAGES, ['applicant'])).toBe('/applicant/declarations');
    expect(homeOf(PAGES, ['inspector'])).toBe('/inspector/findings');
    expect(homeOf(PAGES, [])).toBe('/');
  });

  it('has one entry per path, each under its area’s prefix, named in both languages', () => {
    const paths = PAGES.map((entry) => entry.path);
    expect(paths.filter((path, i) => paths.indexOf(path) !== i)).toEqual([]);
    for (const entry of PAGES) expect({ path: entry.path, named: Boolean(entry.title['zh-CN'] && entry.title.en) }).toEqual({ path: entry.path, named: true });
  });
});
