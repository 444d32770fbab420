/**
 * Every Kafka topic of the platform. A topic carries the events of one aggregate of one service;
 * its name ends in the version of its contract. Each topic has a dead-letter twin `<topic>.dlt`.
 */
export const Topics = {
  intakeDeclaration: 'intake.declaration.v1',
  intakePlan: 'intake.plan.v1',
  verificationCheck: 'verification.check.v1',
  verificationFeedBatch: 'verification.feed-batch.v1',
  committeeDecision: 'committee.decision.v1',
  committeeReview: 'committee.review.v1',
  publicityWindow: 'publicity.window.v1',
  publicityReporting: 'publicity.reporting.v1',
  certificate: 'certificate.certificate.v1',
  supervisionIntegrity: 'supervision.integrity.v1',
  supervisionFinding: 'supervision.finding.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

export const ALL_TOPICS: readonly Topic[] = Object.values(Topics);

/**
 * Where other agencies stream their records (R-VF-*): one topic per data-sharing feed. The values
 * are the agencies' own JSON records, not platform events, so no event consumer subscribes to them;
 * verification reads them with its feed stream consumer.
 */
export const FeedTopics = {
  'social-security': 'feeds.social-security.v1',
  'continuing-education': 'feeds.continuing-education.v1',
  degree: 'feeds.degree.v1',
} as const;

export type FeedSourceName = keyof typeof FeedTopics;
export const FEED_SOURCES = Object.keys(FeedTopics) as FeedSourceName[];
export const FEED_TOPICS: readonly string[] = Object.values(FeedTopics);

export const DEAD_LETTER_SUFFIX = '.dlt';

export function deadLetterTopicOf(topic: string): string {
  return `${topic}${DEAD_LETTER_SUFFIX}`;
}
