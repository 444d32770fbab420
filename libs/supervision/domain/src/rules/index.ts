import { certificateWithoutPublicationRule } from './certificate-publication.rule';
import { committeeDeadlineRule } from './committee-deadline.rule';
import { highSkillExpertRule, recusedExpertRule } from './drawn-panels.rule';
import { leadTimeRule } from './lead-time.rule';
import { oneCommitteePerUnitRule } from './one-committee-per-unit.rule';
import { publicityLengthRule, publishedWithObjectionRule } from './result-publicity.rule';
import { lateReportingRule } from './result-reporting.rule';
import { stageDeadlineRule } from './stage-deadline.rule';
import type { SupervisionRule } from './supervision-rule';
import { unfiledCommitteeRule } from './unfiled-committee.rule';
import { unitPublicityRule } from './unit-publicity.rule';
import { quorumAndTwoThirdsRule } from './vote.rule';

export * from './supervision-rule';
export * from './national-minimums';

/** Every rule events can check (R-SV-2), in the order of the cycle. */
export const SUPERVISION_RULES: readonly SupervisionRule[] = [
  unitPublicityRule,
  stageDeadlineRule,
  oneCommitteePerUnitRule,
  unfiledCommitteeRule,
  leadTimeRule,
  highSkillExpertRule,
  recusedExpertRule,
  quorumAndTwoThirdsRule,
  committeeDeadlineRule,
  publicityLengthRule,
  publishedWithObjectionRule,
  lateReportingRule,
  certificateWithoutPublicationRule,
];

export function rulesTriggeredBy(type: string): SupervisionRule[] {
  return SUPERVISION_RULES.filter((rule) => rule.triggers.includes(type));
}

export function ruleById(ruleId: string): SupervisionRule | undefined {
  return SUPERVISION_RULES.find((rule) => rule.ruleId === ruleId);
}
