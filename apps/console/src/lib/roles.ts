import type { ComponentType } from 'react';

/** The platform's roles, as the identity provider puts them in the access token (R-… actors). */
export const ROLES = ['applicant', 'employer', 'department', 'committee-office', 'expert', 'inspector', 'bureau-admin'] as const;
export type Role = (typeof ROLES)[number];

/** A page's name in each language of the console. */
export interface Title {
  'zh-CN': string;
  en: string;
}

export interface ConsolePage {
  /** Path under the console's base (/console). */
  path: string;
  title: Title;
  /** Who may open it; `public` needs no sign-in. */
  audience: readonly Role[] | 'public';
  /** Shown in the menu (detail pages are reached from lists). */
  menu: boolean;
  /** The page's own chunk, loaded when first opened: import it by its own path, never through an index file. */
  load: () => Promise<{ default: ComponentType }>;
}

/** A page of an area's table (pages/<area>/area.ts). */
export function page(path: string, title: Title, audience: ConsolePage['audience'], load: ConsolePage['load'], options: { menu?: boolean } = {}): ConsolePage {
  return { path, title, audience, load, menu: options.menu ?? true };
}

export function mayOpen(target: Pick<ConsolePage, 'audience'>, roles: readonly string[]): boolean {
  return target.audience === 'public' || target.audience.some((role) => roles.includes(role));
}

/** The menu of a person with these roles: public pages first, then their own, in the table's order. */
export function menuFor(pages: readonly ConsolePage[], roles: readonly string[]): ConsolePage[] {
  return pages.filter((entry) => entry.menu && mayOpen(entry, roles));
}

/** Where a person lands after signing in: their first own page. */
export function homeOf(pages: readonly ConsolePage[], roles: readonly string[]): string {
  return pages.find((entry) => entry.menu && entry.audience !== 'public' && mayOpen(entry, roles))?.path ?? '/';
}
