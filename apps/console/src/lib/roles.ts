import type { MessageKey } from '../i18n/zh-CN';

/** The platform's roles, as the identity provider puts them in the access token (R-… actors). */
export const ROLES = ['applicant', 'employer', 'department', 'committee-office', 'expert', 'inspector', 'bureau-admin'] as const;
export type Role = (typeof ROLES)[number];

export interface ConsolePage {
  /** Path under the console's base (/console). */
  path: string;
  title: MessageKey;
  /** Who may open it; `public` needs no sign-in. */
  audience: readonly Role[] | 'public';
  /** Shown in the menu (detail pages are reached from lists). */
  menu: boolean;
}

const page = (path: string, title: MessageKey, audience: ConsolePage['audience'], menu = true): ConsolePage => ({ path, title, audience, menu });

/**
 * Every page of the console and who may open it. The menu shows a person only their own pages, and
 * a deep link to another role's page shows a refusal instead of the page. The services enforce the
 * same rules on every call; this table only keeps people out of pages that would be refused.
 */
export const PAGES: readonly ConsolePage[] = [
  page('/publicity', 'nav.publicity', 'public'),
  page('/certificates/verification', 'nav.verify', 'public'),
  page('/certificates/:id/verification', 'nav.verify', 'public', false),
  page('/declarations/:id', 'nav.applicant.declarations', ['applicant', 'employer', 'department', 'committee-office', 'inspector', 'bureau-admin'], false),
  page('/applicant/declarations', 'nav.applicant.declarations', ['applicant']),
  page('/employer/reviews', 'nav.employer.reviews', ['employer']),
  page('/department/reviews', 'nav.department.reviews', ['department']),
  page('/office/reviews', 'nav.office.reviews', ['committee-office']),
  page('/expert/panels', 'nav.expert.panels', ['expert']),
  page('/inspector/findings', 'nav.inspector.findings', ['inspector']),
  page('/bureau/plans', 'nav.bureau.plans', ['bureau-admin']),
];

export function mayOpen(target: ConsolePage, roles: readonly string[]): boolean {
  return target.audience === 'public' || target.audience.some((role) => roles.includes(role));
}

/** The menu of a person with these roles: public pages first, then their own. */
export function menuFor(roles: readonly string[]): ConsolePage[] {
  return PAGES.filter((entry) => entry.menu && mayOpen(entry, roles));
}

/** Where a person lands after signing in: their first own page. */
export function homeOf(roles: readonly string[]): string {
  return PAGES.find((entry) => entry.menu && entry.audience !== 'public' && mayOpen(entry, roles))?.path ?? '/';
}
