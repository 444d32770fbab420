import type { PanelSpec } from '../draw/expert-draw';
import type { SittingPanel } from './attendance';
import type { Count } from './tally';

export type BallotChoice = 'for' | 'against' | 'abstain';

/**
 * R-CM-7: a declaration is decided by its own specialty's panel: the members sitting on that panel
 * are its attending members, whatever the other panels' sizes; ballots are counted by choice only.
 */
export function countFor(declaration: { declarationId: string; specialty: string }, sitting: readonly SittingPanel[], ballots: Readonly<Partial<Record<BallotChoice, number>>>): Count {
  const panel = sitting.find((p) => p.specialty === declaration.specialty);
  // Filing puts a declaration only before a panel of its specialty, so this is a broken record, not a vote.
  if (!panel) throw new Error(`no panel of ${declaration.specialty} sits for declaration ${declaration.declarationId}: its ballots cannot be counted`);
  return { declarationId: declaration.declarationId, attending: panel.members.length, votesFor: ballots.for ?? 0, votesAgainst: ballots.against ?? 0, abstentions: ballots.abstain ?? 0 };
}

/** The drawn size of the panel a specialty's declarations go before (the members a decision reports). */
export function panelSizeOf(panels: readonly PanelSpec[], specialty: string): number {
  const panel = panels.find((p) => p.specialty === specialty);
  if (!panel) throw new Error(`the review plan has no panel of ${specialty}`);
  return panel.size;
}
