import type { DrawInputs } from './expert-draw';

/** What anyone may see of a draw, and recompute it from: no names, no secret before the reveal. */
export interface PublicDrawInputs extends Omit<DrawInputs, 'seed'> {
  reviewPlanId: string;
  seedCommitment: string;
  revealedSeed: string;
  witnessInput: string;
}
