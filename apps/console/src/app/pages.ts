import type { ConsolePage } from '../lib/roles';
import { APPLICANT_PAGES } from '../pages/applicant/area';
import { BUREAU_PAGES } from '../pages/bureau/area';
import { DECLARATION_PAGES } from '../pages/declarations/area';
import { DEPARTMENT_PAGES } from '../pages/department/area';
import { EMPLOYER_PAGES } from '../pages/employer/area';
import { EXPERT_PAGES } from '../pages/expert/area';
import { INSPECTOR_PAGES } from '../pages/inspector/area';
import { OFFICE_PAGES } from '../pages/office/area';
import { PUBLIC_PAGES } from '../pages/public/area';

/**
 * Every page of the console and who may open it, area by area (each area's table lives beside its
 * pages). The menu shows a person only their own pages, and a deep link to another role's page
 * shows a refusal instead of the page. The services enforce the same rules on every call; this
 * table only keeps people out of pages that would be refused.
 */
export const PAGES: readonly ConsolePage[] = [
  ...PUBLIC_PAGES,
  ...DECLARATION_PAGES,
  ...APPLICANT_PAGES,
  ...EMPLOYER_PAGES,
  ...DEPARTMENT_PAGES,
  ...OFFICE_PAGES,
  ...EXPERT_PAGES,
  ...INSPECTOR_PAGES,
  ...BUREAU_PAGES,
];
