import { z } from 'zod';

export const ROLES = ['applicant', 'employer', 'department', 'committee-office', 'expert', 'inspector', 'bureau-admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, from the bearer token: roles say what they may do, scope says over which
 * employer (credit code), competent department, committee and region.
 */
export const principalSchema = z.object({
  sub: z.string().min(1),
  name: z.string().optional(),
  /** The identity number the identity provider vouches for (实名): an applicant declares only under it. */
  idNumber: z.string().optional(),
  roles: z.array(z.enum(ROLES)).min(1),
  scope: z
    .object({
      employerCreditCode: z.string().optional(),
      department: z.string().optional(),
      committee: z.string().optional(),
      region: z.string().optional(),
    })
    .default({}),
});

export type Principal = z.infer<typeof principalSchema>;

/** Whether the principal is an inspector of `region`. A token without a region inspects nowhere, never everywhere. */
export function inspectsRegion(principal: Principal, region: string | null | undefined): boolean {
  return principal.roles.includes('inspector') && Boolean(principal.scope.region) && principal.scope.region === region;
}
