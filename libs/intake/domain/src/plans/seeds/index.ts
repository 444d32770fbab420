import type { AnnualPlan } from '../annual-plan.schema';
import { BEIJING_2023_PLAN } from './beijing-2023';
import { JILIN_2023_PLAN } from './jilin-2023';
import { TIANJIN_2023_PLAN } from './tianjin-2023';
import { TIANJIN_2023_QUALITY_METROLOGY_PLAN } from './tianjin-2023-quality-metrology';

export { BEIJING_2023_FEE_PLACEHOLDER, BEIJING_2023_PLAN } from './beijing-2023';
export { JILIN_2023_FEE_PLACEHOLDER, JILIN_2023_PLAN } from './jilin-2023';
export { TIANJIN_2023_PLAN } from './tianjin-2023';
export { TIANJIN_2023_QUALITY_METROLOGY_PLAN } from './tianjin-2023-quality-metrology';

/** The 2023 plans transcribed from the four notices in /work/shared/seeds/. */
export const SEED_PLANS: readonly AnnualPlan[] = [TIANJIN_2023_PLAN, TIANJIN_2023_QUALITY_METROLOGY_PLAN, BEIJING_2023_PLAN, JILIN_2023_PLAN];
