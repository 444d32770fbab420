import type { PanelSpec } from '../draw/expert-draw';

/** A panel as the office asks for it; minimums it leaves out follow the rules below. */
export type PanelRequest = Omit<PanelSpec, 'highSkillMinimum'> & { highSkillMinimum?: number };

/**
 * R-CM-3: a committee whose series are open to high-skill talent draws at least one high-skill
 * expert each year, so each of its panels takes one unless the office sets its own minimum.
 */
export const HIGH_SKILL_DRAWN_PER_PANEL_WHEN_OPEN = 1;

/** The panels to draw, each with its high-skill minimum settled (R-CM-3). */
export function panelSpecsOf(requests: readonly PanelRequest[], committee: { openToHighSkill: boolean }): PanelSpec[] {
  return requests.map((request) => ({ ...request, highSkillMinimum: request.highSkillMinimum ?? (committee.openToHighSkill ? HIGH_SKILL_DRAWN_PER_PANEL_WHEN_OPEN : 0) }));
}
