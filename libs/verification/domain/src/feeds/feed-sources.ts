import type { FeedSourceName } from '@zc/contracts';
import { CONTINUING_EDUCATION_FEED } from './continuing-education-row';
import { DEGREE_FEED } from './degree-row';
import type { FeedSourceDefinition } from './feed-source';
import { SOCIAL_SECURITY_FEED } from './social-security-row';

export const FEED_DEFINITIONS: Readonly<Record<FeedSourceName, FeedSourceDefinition>> = {
  'social-security': SOCIAL_SECURITY_FEED as FeedSourceDefinition,
  'continuing-education': CONTINUING_EDUCATION_FEED as FeedSourceDefinition,
  degree: DEGREE_FEED as FeedSourceDefinition,
};
