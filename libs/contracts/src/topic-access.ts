import { ALL_TOPICS, deadLetterTopicOf, FEED_SOURCES, FEED_TOPICS, FeedTopics, Topics, type Topic } from './topics';

/** The six services, as Kafka principals (SCRAM user names) and topic owners. */
export const SERVICE_PRINCIPALS = ['intake', 'verification', 'committee', 'publicity', 'certificate', 'supervision'] as const;
export type ServicePrincipal = (typeof SERVICE_PRINCIPALS)[number];

/** The agency that streams a feed topic: its own principal, which may write that topic only. */
export const feedPrincipalOf = (source: string) => `feed-${source}`;

/**
 * Who may publish on a topic: the service it is named after (`intake.…` → intake), or for a
 * feed (`feeds.<source>.v1`) that agency. A consumer refuses an event whose `source` is anyone
 * else (dead-lettered), and the broker refuses anyone else's writes (ACLs).
 */
export function ownerOfTopic(topic: string): string {
  const feed = FEED_SOURCES.find((source) => FeedTopics[source] === topic);
  return feed ? feedPrincipalOf(feed) : (topic.split('.')[0] ?? topic);
}

/**
 * What each service reads: the topics of the events its handlers take (checked against their
 * `@EventPattern`s by topic-access.spec.ts). Supervision observes every platform topic.
 */
export const CONSUMED_TOPICS: Record<ServicePrincipal, readonly string[]> = {
  intake: [Topics.verificationCheck, Topics.committeeDecision, Topics.committeeReview, Topics.publicityWindow, Topics.certificate, Topics.supervisionIntegrity],
  verification: [Topics.intakePlan, Topics.intakeDeclaration, Topics.verificationFeedBatch, ...FEED_TOPICS],
  committee: [Topics.intakePlan, Topics.intakeDeclaration, Topics.verificationCheck],
  publicity: [Topics.intakePlan, Topics.intakeDeclaration, Topics.committeeDecision],
  certificate: [Topics.intakeDeclaration, Topics.committeeDecision, Topics.publicityWindow, Topics.supervisionIntegrity],
  supervision: ALL_TOPICS,
};

export const ownTopicsOf = (service: string): Topic[] => ALL_TOPICS.filter((topic) => ownerOfTopic(topic) === service);

/** Every topic a service touches (its own, what it reads, and the dead letters it writes): those it makes sure exist. */
export function topicsOf(service: ServicePrincipal): string[] {
  const consumed = CONSUMED_TOPICS[service];
  return [...new Set([...ownTopicsOf(service), ...consumed, ...consumed.map(deadLetterTopicOf)])];
}

export type AclOperation = 'READ' | 'WRITE';
export interface TopicGrant {
  principal: string;
  operation: AclOperation;
  topic: string;
}

/**
 * The broker's ACLs on topics, least privilege: an owner writes its topics; a consumer reads
 * what it consumes and writes those topics' dead letters; an agency writes its own feed. Groups
 * are granted apart (`zc-<service>` prefix, see the provisioning).
 */
export function topicGrants(): TopicGrant[] {
  const grants: TopicGrant[] = [];
  for (const service of SERVICE_PRINCIPALS) {
    for (const topic of ownTopicsOf(service)) grants.push({ principal: service, operation: 'WRITE', topic });
    for (const topic of CONSUMED_TOPICS[service]) {
      grants.push({ principal: service, operation: 'READ', topic }, { principal: service, operation: 'WRITE', topic: deadLetterTopicOf(topic) });
    }
  }
  for (const source of FEED_SOURCES) grants.push({ principal: feedPrincipalOf(source), operation: 'WRITE', topic: FeedTopics[source] });
  return grants;
}
