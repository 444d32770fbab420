import { quorumMet, type QuorumRule } from './tally';

export interface DrawnPanel {
  specialty: string;
  members: string[];
  substitutes: string[];
}

/** Who sits on one panel of an open meeting (a type, not an interface: it is stored as JSON as it is). */
export type SittingPanel = { specialty: string; members: string[] };

export type Attendance =
  | { ok: true; sitting: SittingPanel[] }
  | { ok: false; ruleId: string; reason: string };

/**
 * Who sits on each panel when the meeting opens: the drawn members who came, and in their place
 * the substitutes who came, in draw order. Each panel needs its quorum of the panel's size (a plan
 * parameter, 2/3 by default); nobody outside the draw sits.
 */
export function seatPanels(panels: readonly DrawnPanel[], present: readonly string[], rule: QuorumRule): Attendance {
  const here = new Set(present);
  const drawn = new Set(panels.flatMap((p) => [...p.members, ...p.substitutes]));
  const stranger = present.find((id) => !drawn.has(id));
  if (stranger) return { ok: false, ruleId: 'R-CM-2', reason: `expert ${stranger} was not drawn for this meeting` };
  const sitting = panels.map((panel) => {
    const members = panel.members.filter((id) => here.has(id));
    const missing = panel.members.length - members.length;
    return { specialty: panel.specialty, members: [...members, ...panel.substitutes.filter((id) => here.has(id)).slice(0, missing)], size: panel.members.length };
  });
  const short = sitting.find((panel) => !quorumMet(panel.size, panel.members.length, rule));
  if (short) return { ok: false, ruleId: 'R-CM-7', reason: `the ${short.specialty} panel has ${short.members.length} of ${short.size} members present, short of its quorum of ${Math.round(rule.share * 100)} %` };
  return { ok: true, sitting: sitting.map(({ specialty, members }) => ({ specialty, members })) };
}
