import { z } from 'zod';
import { committeePlanSliceSchema, describeIssues, type CommitteePlanSlice } from '@zc/contracts';
import type { ExpertCandidate, PanelDraw, PanelSpec, PublicDrawInputs, SittingPanel } from '@zc/committee/domain';
import type { CommitteePlan, Draw, Meeting, ReviewPlan } from './generated/prisma/client';

/*
 * The committee's JSON columns, read back through zod, never cast: a row that is not what the
 * committee wrote (edited by hand, or written by an older shape) stops with the column and the
 * field, instead of travelling on as a wrong panel, seat or rule. Each schema is typed by the
 * domain's own type, so the two cannot drift apart.
 */

const panelSpecSchema: z.ZodType<PanelSpec> = z.object({
  specialty: z.string().min(1),
  size: z.int().positive(),
  substitutes: z.int().min(0),
  highSkillMinimum: z.int().min(0),
  nonPublicMinimum: z.int().min(0),
});

const panelDrawSchema: z.ZodType<PanelDraw> = z.object({
  specialty: z.string().min(1),
  members: z.array(z.string()),
  substitutes: z.array(z.string()),
  eligible: z.int().min(0),
  recused: z.array(z.object({ expertId: z.string(), reason: z.string() })),
});

const sittingPanelSchema: z.ZodType<SittingPanel> = z.object({ specialty: z.string().min(1), members: z.array(z.string()) });

const expertCandidateSchema: z.ZodType<ExpertCandidate> = z.object({
  id: z.string(),
  specialties: z.array(z.string()),
  highSkill: z.boolean(),
  nonPublic: z.boolean(),
  employerCreditCode: z.string(),
  available: z.boolean(),
  conflicts: z.array(z.string()),
});

const publicDrawInputsSchema: z.ZodType<PublicDrawInputs> = z.object({
  reviewPlanId: z.string(),
  seedCommitment: z.string(),
  revealedSeed: z.string(),
  witnessInput: z.string(),
  panels: z.array(panelSpecSchema),
  experts: z.array(expertCandidateSchema),
  declarations: z.array(z.object({ id: z.string(), specialty: z.string(), employerCreditCode: z.string() })),
});

function parseColumn<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${where} is not as the committee service writes it: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** The panels a review plan asked for (R-CM-2..4). */
export const reviewPlanPanels = (plan: Pick<ReviewPlan, 'id' | 'panels'>): PanelSpec[] => parseColumn(z.array(panelSpecSchema), plan.panels, `ReviewPlan.panels of ${plan.id}`);

/** Who sits on each panel of an open meeting. */
export const meetingSitting = (meeting: Pick<Meeting, 'reviewPlanId' | 'sitting'>): SittingPanel[] => parseColumn(z.array(sittingPanelSchema), meeting.sitting, `Meeting.sitting of ${meeting.reviewPlanId}`);

/** The panels a draw drew, in draw order. */
export const drawResult = (draw: Pick<Draw, 'reviewPlanId' | 'result'>): PanelDraw[] => parseColumn(z.array(panelDrawSchema), draw.result, `Draw.result of ${draw.reviewPlanId}`);

/** Everything a draw depended on, for anyone to recompute it. */
export const drawPublicInputs = (draw: Pick<Draw, 'reviewPlanId' | 'publicInputs'>): PublicDrawInputs => parseColumn(publicDrawInputsSchema, draw.publicInputs, `Draw.publicInputs of ${draw.reviewPlanId}`);

/** What the committee kept of a plan version: its slice of the plan contract. */
export const committeePlanSlice = (plan: Pick<CommitteePlan, 'planId' | 'version' | 'document'>): CommitteePlanSlice =>
  parseColumn(committeePlanSliceSchema, plan.document, `CommitteePlan ${plan.planId} v${plan.version}`);
