import type { PlanVerificationRules } from '@zc/contracts';
import type { SocialSecurityRow } from '../feeds/social-security-row';
import type { CheckVerdict, WithProvenance } from './check-verdict';

export type ContributionRecord = WithProvenance<SocialSecurityRow>;

/**
 * Social-security check (R-RV-2, R-VF-2): the declaring unit paid the applicant's contributions for
 * at least the plan's months within the plan's window. The units that did pay are named, so the
 * paying unit is identified whichever way it ends. With nothing for the person in the window, the
 * feed has not reported them yet: pending.
 */
export function checkSocialSecurity(
  declaration: { idNumber: string; employerCreditCode: string },
  records: readonly ContributionRecord[],
  rules: PlanVerificationRules['socialSecurity'],
): CheckVerdict {
  const { from, to } = rules.window;
  const inWindow = records.filter((r) => r.idNumber === declaration.idNumber && r.month >= from && r.month <= to);
  if (inWindow.length === 0) return { status: 'pending', reason: `the social-security feed holds no contributions for this person in ${from}..${to} yet` };

  const monthsByUnit = new Map<string, Set<string>>();
  for (const record of inWindow) monthsByUnit.set(record.employerCreditCode, (monthsByUnit.get(record.employerCreditCode) ?? new Set()).add(record.month));
  const paying = [...monthsByUnit].map(([unit, months]) => `${unit} (${months.size} months)`).join(', ');
  const months = monthsByUnit.get(declaration.employerCreditCode)?.size ?? 0;
  const required = rules.minimumMonths;
  if (months >= required) {
    return {
      status: 'passed',
      settledBy: 'feed-data',
      reason: `declaring unit ${declaration.employerCreditCode} paid social security for ${months} months in ${from}..${to}, at least ${required} required (R-RV-2); paying units: ${paying}`,
      evidence: inWindow.filter((r) => r.employerCreditCode === declaration.employerCreditCode),
    };
  }
  return {
    status: 'failed',
    settledBy: 'feed-data',
    reason: `declaring unit ${declaration.employerCreditCode} paid social security for ${months} of the ${required} months required in ${from}..${to} (R-RV-2, R-VF-2); paying units: ${paying}`,
    evidence: inWindow,
  };
}
