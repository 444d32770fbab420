/**
 * Social-security check (R-RV-2, R-VF-2): the declaring unit must have paid the applicant's
 * contributions for at least the required number of months. The months required are plan data.
 */
export interface ContributionRecord {
  id: string;
  idNumber: string;
  employerCreditCode: string;
  /** YYYY-MM */
  month: string;
  batchId: string;
  receivedAt: Date;
}

export interface CheckVerdict {
  outcome: 'passed' | 'failed';
  reason: string;
  /** The records the verdict rests on (R-VF-4). */
  evidence: ContributionRecord[];
}

export function checkSocialSecurity(
  declaration: { idNumber: string; employerCreditCode: string },
  records: readonly ContributionRecord[],
  requiredMonths: number,
): CheckVerdict {
  const own = records.filter((r) => r.idNumber === declaration.idNumber);
  const byDeclaringUnit = own.filter((r) => r.employerCreditCode === declaration.employerCreditCode);
  const months = new Set(byDeclaringUnit.map((r) => r.month)).size;
  if (months >= requiredMonths) {
    return {
      outcome: 'passed',
      reason: `declaring unit paid social security for ${months} months, at least ${requiredMonths} required (R-RV-2)`,
      evidence: byDeclaringUnit,
    };
  }
  const otherUnits = [...new Set(own.map((r) => r.employerCreditCode))].filter((u) => u !== declaration.employerCreditCode);
  const elsewhere = otherUnits.length > 0 ? `; contributions found from other units: ${otherUnits.join(', ')}` : '';
  return {
    outcome: 'failed',
    reason: `declaring unit paid social security for ${months} of the ${requiredMonths} months required (R-RV-2, R-VF-2)${elsewhere}`,
    evidence: own,
  };
}
