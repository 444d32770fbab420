import type { PlanVerificationRules } from '@zc/contracts';

/**
 * NOT IN THE NOTICES: the four notices require the data-sharing checks (R-VF-*, R-RV-2) but leave
 * their figures to national and series rules. These defaults transcribe those rules and are to be
 * confirmed by each bureau before publishing its plan:
 * - 90 hours of continuing education a year (专业技术人员继续教育规定, 人社部令第25号, §11);
 * - 6 months of contributions by the declaring unit (000 §5(1), R-RV-2), within the 12 months
 *   before the declaration period;
 * - years from graduation as the engineering series standard counts them (本科满5年、硕士满2年…);
 * - 3 days for feed data to arrive before a check goes to the committee office by hand;
 * - a 10 % spot check of continuing-education promises.
 */
export function verificationRules(window: { from: string; to: string }, continuingEducationYears: number[]): PlanVerificationRules {
  return {
    pendingTimeoutSeconds: 3 * 86_400,
    socialSecurity: { minimumMonths: 6, window },
    continuingEducation: { hoursPerYear: 90, years: continuingEducationYears, spotCheckRate: 0.1 },
    degree: {
      minimumYearsSinceGraduation: {
        primary: { associate: 3, bachelor: 1, master: 0, doctor: 0 },
        intermediate: { associate: 6, bachelor: 5, master: 2, doctor: 0 },
        'deputy-senior': { associate: 11, bachelor: 10, master: 7, doctor: 2 },
        senior: { associate: 16, bachelor: 15, master: 12, doctor: 7 },
      },
    },
  };
}
