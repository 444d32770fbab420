import { DrawRandom } from './draw-random';

/**
 * The public inputs of an expert draw: everything the result depends on, and nothing secret.
 * Experts appear under pseudonymous ids; their names stay sealed with the committee office.
 */
export interface DrawInputs {
  /** The draw seed (see seed-commitment.ts): revealed secret and witness input, hashed together. */
  seed: string;
  panels: PanelSpec[];
  experts: ExpertCandidate[];
  /** The declarations the meeting reviews: whose employers and conflicts recuse whom (R-CM-4). */
  declarations: { id: string; specialty: string; employerCreditCode: string }[];
}

export interface PanelSpec {
  specialty: string;
  size: number;
  substitutes: number;
  /** R-CM-3: at least one high-skill expert for series open to high-skill talent. */
  highSkillMinimum: number;
  /** Experts from non-public organisations the panel must include (000 §3(7)). */
  nonPublicMinimum: number;
}

export interface ExpertCandidate {
  id: string;
  specialties: string[];
  highSkill: boolean;
  nonPublic: boolean;
  employerCreditCode: string;
  available: boolean;
  /** Declarations the expert declared a conflict with (R-CM-4). */
  conflicts: string[];
}

export interface PanelDraw {
  specialty: string;
  /** Drawn members, in draw order. */
  members: string[];
  /** Called in this order when a member cannot serve. */
  substitutes: string[];
  /** How many experts were eligible after recusal (selection is uniform among them). */
  eligible: number;
  recused: { expertId: string; reason: string }[];
}

export type DrawResult = { ok: true; panels: PanelDraw[] } | { ok: false; problems: string[] };

/**
 * Draws every panel (R-CM-2..4): for each specialty, the available experts of that specialty not
 * drawn for another panel, less those recused for the employer of an applicant before the panel or
 * a declared conflict, in a uniformly random order from the seed. The panel takes the first
 * high-skill and non-public experts its minimums need, then the first others; substitutes follow in
 * the same order. Nothing depends on the order of the inputs: panels go by specialty, experts by id.
 */
export function drawPanels(inputs: DrawInputs): DrawResult {
  const taken = new Set<string>();
  const problems: string[] = [];
  const panels: PanelDraw[] = [];
  const experts = [...inputs.experts].sort((a, b) => compare(a.id, b.id));
  for (const spec of [...inputs.panels].sort((a, b) => compare(a.specialty, b.specialty))) {
    const before = inputs.declarations.filter((d) => d.specialty === spec.specialty);
    const employers = new Set(before.map((d) => d.employerCreditCode));
    const declarationIds = new Set(before.map((d) => d.id));
    const candidates = experts.filter((e) => e.available && e.specialties.includes(spec.specialty) && !taken.has(e.id));
    const recused = candidates.flatMap((e) => {
      if (employers.has(e.employerCreditCode)) return [{ expertId: e.id, reason: `works for ${e.employerCreditCode}, the employer of an applicant before this panel (R-CM-4)` }];
      const conflict = e.conflicts.find((id) => declarationIds.has(id));
      return conflict ? [{ expertId: e.id, reason: `declared a conflict with declaration ${conflict} (R-CM-4)` }] : [];
    });
    const recusedIds = new Set(recused.map((r) => r.expertId));
    const order = new DrawRandom(inputs.seed, spec.specialty).shuffle(candidates.filter((e) => !recusedIds.has(e.id)));

    const members: ExpertCandidate[] = [];
    const pick = (want: number, matches: (e: ExpertCandidate) => boolean) => {
      for (const expert of order) {
        if (members.length >= spec.size || want <= 0) return;
        if (!members.includes(expert) && matches(expert)) {
          members.push(expert);
          want -= 1;
        }
      }
    };
    pick(spec.highSkillMinimum, (e) => e.highSkill);
    pick(spec.nonPublicMinimum - members.filter((e) => e.nonPublic).length, (e) => e.nonPublic);
    pick(spec.size - members.length, () => true);

    const highSkill = members.filter((e) => e.highSkill).length;
    const nonPublic = members.filter((e) => e.nonPublic).length;
    if (members.length < spec.size) problems.push(`${spec.specialty}: ${order.length} eligible experts for a panel of ${spec.size}`);
    if (highSkill < spec.highSkillMinimum) problems.push(`${spec.specialty}: ${highSkill} eligible high-skill experts, at least ${spec.highSkillMinimum} required (R-CM-3)`);
    if (nonPublic < spec.nonPublicMinimum) problems.push(`${spec.specialty}: ${nonPublic} eligible non-public experts, at least ${spec.nonPublicMinimum} required`);
    const substitutes = order.filter((e) => !members.includes(e)).slice(0, spec.substitutes);
    for (const expert of [...members, ...substitutes]) taken.add(expert.id);
    panels.push({ specialty: spec.specialty, members: members.map((e) => e.id), substitutes: substitutes.map((e) => e.id), eligible: order.length, recused });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, panels };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
