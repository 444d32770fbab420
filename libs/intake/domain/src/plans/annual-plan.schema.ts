/**
 * The annual plan's schema is a contract between intake, which authors and publishes plans, and
 * every service that applies them: it lives in @zc/contracts. Intake's code imports it from here.
 */
export {
  annualPlanSchema,
  CHANNEL_EVIDENCE,
  CHANNELS,
  channelSchema,
  datedRuleSchema,
  EXCLUDED_CATEGORIES,
  LEVELS,
  levelSchema,
  yearsInPostRuleSchema,
  type AnnualPlan,
  type Channel,
  type Level,
} from '@zc/contracts';
