import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as contracts from './index';
import { CONSUMED_TOPICS, ownerOfTopic, SERVICE_PRINCIPALS, topicGrants } from './topic-access';
import { FEED_TOPICS, Topics } from './topics';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') && !file.endsWith('.spec.ts') ? [file] : [];
  });
}

/** The topics of the events a service's handlers take, read from their `@EventPattern(X.type)`s. */
function handledTopics(service: string): string[] {
  const text = sourceFiles(path.join(ROOT, 'libs', service, 'application', 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const names = [...text.matchAll(/@EventPattern\((\w+)\.type/g)].map((match) => match[1] as keyof typeof contracts);
  return [...new Set(names.map((name) => (contracts[name] as { topic: string }).topic))].sort();
}

describe('topic access: who writes and reads which topic', () => {
  it.each(SERVICE_PRINCIPALS.filter((s) => s !== 'supervision'))("lists exactly the topics %s's handlers take", (service) => {
    const declared = CONSUMED_TOPICS[service].filter((topic) => !FEED_TOPICS.includes(topic));
    expect([...declared].sort()).toEqual(handledTopics(service));
  });

  it('names each topic after its one owner, and a feed after its agency', () => {
    expect(ownerOfTopic(Topics.intakeDeclaration)).toBe('intake');
    expect(ownerOfTopic(Topics.supervisionFinding)).toBe('supervision');
    expect(ownerOfTopic('feeds.degree.v1')).toBe('feed-degree');
  });

  it('lets only the owner write a topic, and each consumer write the dead letters of what it reads', () => {
    const writers = (topic: string) => topicGrants().filter((g) => g.operation === 'WRITE' && g.topic === topic).map((g) => g.principal).sort();
    expect(writers(Topics.committeeDecision)).toEqual(['committee']);
    expect(writers('feeds.social-security.v1')).toEqual(['feed-social-security']);
    expect(writers(`${Topics.committeeDecision}.dlt`)).toEqual(['certificate', 'intake', 'publicity', 'supervision']);
  });
});
