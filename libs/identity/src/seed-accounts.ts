import type { Principal } from '@zc/platform/auth';
import { hashPassword, type Account } from './accounts';

/** The seeded committee of the Tianjin 2023 quality/metrology plan, as intake's catalogue names it. */
const TIANJIN_COMMITTEE = 'tianjin-engineering-quality-metrology';
const SAMPLE_EMPLOYERS = ['91440300708461136T', '91110000600037341L', '91120116MA06A7Y28D'];

/**
 * The seeded experts, expert-1 … expert-5: committee pools key experts by UUID, and a drawn expert
 * acts under their token's subject, so the office adds these ids to its pool (POST
 * /committees/:id/experts). Five make a whole panel, so a meeting can be tried by hand to its vote
 * (R-CM-7 counts two thirds of those attending).
 */
export const SEED_EXPERTS = [1, 2, 3, 4, 5].map((n) => ({ login: `expert-${n}`, sub: `e0000000-0000-4000-8000-00000000000${n}`, name: n === 1 ? '评审专家' : `评审专家${n}` }));
export const SEED_EXPERT_SUB = SEED_EXPERTS[0]!.sub;

/** Applicants 0–4 of the sample data (libs/testing sampleDeclaration): their real names and numbers. */
const SAMPLE_APPLICANTS: [idNumber: string, name: string][] = [
  ['120101195001010000', '王伟'],
  ['120101195001020006', '李伟'],
  ['120101195001030001', '张伟'],
  ['120101195001040007', '刘伟'],
  ['120101195001050002', '陈伟'],
];

/**
 * One account for every role and scope of the sample data, for development and demos only (the
 * identity service refuses seeds in production). Applicants sign in with their identity number.
 */
export function seedPrincipals(): { login: string; principal: Principal }[] {
  return [
    { login: 'bureau-admin', principal: { sub: 'bureau-admin-1', name: '人社局管理员', roles: ['bureau-admin'], scope: {} } },
    { login: 'inspector-tianjin', principal: { sub: 'inspector-tianjin', name: '天津市监督员', roles: ['inspector'], scope: { region: 'tianjin' } } },
    { login: 'office-tianjin', principal: { sub: `office-${TIANJIN_COMMITTEE}`, name: '评委会办公室', roles: ['committee-office'], scope: { committee: TIANJIN_COMMITTEE } } },
    { login: 'department-tianjin', principal: { sub: 'department-tianjin-market-regulation', name: '天津市市场监管委', roles: ['department'], scope: { department: 'tianjin-market-regulation' } } },
    ...SAMPLE_EMPLOYERS.map((code) => ({ login: `employer-${code}`, principal: { sub: `employer-${code}`, name: `用人单位 ${code}`, roles: ['employer' as const], scope: { employerCreditCode: code } } })),
    ...SEED_EXPERTS.map(({ login, sub, name }) => ({ login, principal: { sub, name, roles: ['expert' as const], scope: {} } })),
    ...SAMPLE_APPLICANTS.map(([idNumber, name], n) => ({ login: idNumber, principal: { sub: `applicant-${n}`, name, idNumber, roles: ['applicant' as const], scope: {} } })),
  ];
}

export function seedAccounts(password: string): Account[] {
  const passwordHash = hashPassword(password);
  return seedPrincipals().map((seed) => ({ ...seed, passwordHash }));
}
