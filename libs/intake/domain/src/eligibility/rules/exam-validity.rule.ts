import { fullYearsBetween, refuse, type EligibilityRule } from '../eligibility-rule';

/** R-EL-7 (with R-EL-9): exam-plus-review series need the national exam passed, by the cut-off, and still valid (000 §3(8)). */
export const examValidity: EligibilityRule = {
  id: 'R-EL-7',
  check: (profile, { plan, today }) => {
    const examSeries = plan.examSeries.find((entry) => entry.series === profile.series);
    if (!examSeries) return [];
    const exam = profile.exam;
    if (!exam || exam.series !== profile.series || exam.passedOn > plan.qualificationCutoff) {
      return [refuse('R-EL-7', 'exam', `${profile.series}系列实行考评结合，须在${plan.qualificationCutoff}前通过全国统一考试`, `the ${profile.series} series needs the national exam passed by ${plan.qualificationCutoff}`)];
    }
    if (examSeries.validYears !== undefined && fullYearsBetween(exam.passedOn, today) >= examSeries.validYears) {
      return [refuse('R-EL-7', 'exam.passedOn', `考试成绩有效期为${examSeries.validYears}年，已过期`, `the exam pass is valid for ${examSeries.validYears} years and has expired`)];
    }
    return [];
  },
};
