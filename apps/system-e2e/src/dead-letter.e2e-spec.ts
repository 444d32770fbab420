import { randomUUID } from 'node:crypto';
import { createEvent, deadLetterTopicOf, DeclarationAccepted, FeedTopics, Topics, VerificationConcluded } from '@zc/contracts';
import { produceRaw, readTopicUntil, type ReadMessage } from '@zc/messaging/testing';
import { freshSampleNumber, RunningSystem, sampleDeclaration } from '@zc/testing';
import { awaitStatus, loadFeed, submit } from './support/declarations';
import { kafkaPasswordOf, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

const byKey = (key: string, group: string) => (m: ReadMessage) => m.key === key && m.headers['dlt-consumer-group'] === group;

describe('messages a consumer cannot handle go to <topic>.dlt with the reason; the consumer carries on', () => {
  const system = new RunningSystem(TEST_SYSTEM, { services: ['intake', 'verification'] });

  beforeAll(() => system.start());
  afterAll(() => system.stop());

  it('dead-letters a malformed message and a schema violation at once, then handles the next good message', async () => {
    const notJson = `not-json-${randomUUID()}`;
    const badData = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, specialty, level, region, channel } = sampleDeclaration(1);
    const accepted = { declarationId: badData, applicantName, idNumber, employerCreditCode, series, specialty, level, region, channel, committee: 'c', planId: 'p', planVersion: 1, education: sampleDeclaration(1).education as never, continuingEducationPromise: false };
    const invalid = { ...createEvent(DeclarationAccepted, badData, accepted, { source: 'intake', correlationId: 'c' }) };
    delete (invalid.data as Partial<typeof invalid.data>).idNumber;
    await produceRaw(TEST_KAFKA, Topics.intakeDeclaration, [
      { key: notJson, value: '{"this is": not json' },
      { key: badData, value: JSON.stringify(invalid) },
    ]);

    const n = freshSampleNumber();
    const good = sampleDeclaration(n);
    await loadFeed(system, good);
    const id = await submit(system, n, good);
    await awaitStatus(system, id, 'verified');

    const dlt = await readTopicUntil(
      TEST_KAFKA,
      deadLetterTopicOf(Topics.intakeDeclaration),
      (messages) => messages.some(byKey(notJson, 'zc-verification')) && messages.some(byKey(badData, 'zc-verification')),
      30_000,
    );
    const malformed = dlt.find(byKey(notJson, 'zc-verification'))!;
    expect(malformed.value).toBe('{"this is": not json');
    expect(malformed.headers['dlt-reason']).toMatch(/^value is not JSON/);
    expect(malformed.headers).toMatchObject({ 'dlt-original-topic': Topics.intakeDeclaration, 'dlt-attempts': '0' });
    expect(dlt.find(byKey(badData, 'zc-verification'))!.headers['dlt-reason']).toContain('idNumber');
  });

  it('retries a failing handler with backoff, dead-letters it after the last attempt and carries on', async () => {
    const unknown = randomUUID();
    const orphan = createEvent(
      VerificationConcluded,
      unknown,
      { declarationId: unknown, outcome: 'passed', reason: 'test', checks: [] },
      { source: 'verification', correlationId: 'c' },
    );
    await produceRaw(TEST_KAFKA, Topics.verificationCheck, [{ key: unknown, value: JSON.stringify(orphan) }]);

    const dlt = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(Topics.verificationCheck), (m) => m.some(byKey(unknown, 'zc-intake')), 30_000);
    const letter = dlt.find(byKey(unknown, 'zc-intake'))!;
    expect(letter.headers['dlt-attempts']).toBe(TEST_SYSTEM.env['CONSUMER_ATTEMPTS']);
    expect(letter.headers['dlt-reason']).toContain(`declaration ${unknown} is unknown to intake`);
    expect(JSON.parse(letter.value!)).toEqual(orphan);

    // Intake's consumer of that topic still works.
    const n = freshSampleNumber();
    const good = sampleDeclaration(n);
    await loadFeed(system, good);
    await awaitStatus(system, await submit(system, n, good), 'verified');
  });

  it('dead-letters an event whose source is not the owner of its topic, naming the forgery (issue 14)', async () => {
    const forgedId = randomUUID();
    const { applicantName, idNumber, employerCreditCode, series, specialty, level, region, channel } = sampleDeclaration(freshSampleNumber());
    const accepted = { declarationId: forgedId, applicantName, idNumber, employerCreditCode, series, specialty, level, region, channel, committee: 'c', planId: 'p', planVersion: 1, education: sampleDeclaration(1).education as never, continuingEducationPromise: false };
    // Well-formed in every other way: only intake may say a declaration was accepted.
    const forged = createEvent(DeclarationAccepted, forgedId, accepted, { source: 'committee', correlationId: 'c' });
    await produceRaw(TEST_KAFKA, Topics.intakeDeclaration, [{ key: forgedId, value: JSON.stringify(forged) }]);
    const dlt = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(Topics.intakeDeclaration), (messages) => messages.some(byKey(forgedId, 'zc-verification')), 30_000);
    expect(dlt.find(byKey(forgedId, 'zc-verification'))!.headers['dlt-reason']).toBe(`source "committee" does not own topic ${Topics.intakeDeclaration}: only intake publishes there`);
  });
});

describe("the broker lets each principal write only its own topics and read only what it consumes (issue 14)", () => {
  const as = (principal: string, password = kafkaPasswordOf(principal)) => ({ brokers: TEST_KAFKA.brokers, sasl: { username: principal, password } });
  const garbage = [{ key: 'acl-test', value: 'not an event' }];

  it("refuses a write to another service's topic, and a read of a topic the service does not consume", async () => {
    const refused = /Not authorized to access (topics|group)/;
    await expect(produceRaw(as('committee'), Topics.intakeDeclaration, garbage)).rejects.toThrow(refused);
    await expect(produceRaw(as('feed-degree'), FeedTopics['social-security'], garbage)).rejects.toThrow(refused);
    await expect(readTopicUntil(as('committee'), Topics.certificate, () => true, 10_000)).rejects.toThrow(refused);
  });

  it('refuses a wrong password outright', async () => {
    await expect(produceRaw(as('intake', 'not-the-password'), Topics.intakeDeclaration, garbage)).rejects.toThrow(/SASL|[Aa]uthentication/);
  });

  it('lets a service write the dead letters of what it consumes (the control)', async () => {
    await expect(produceRaw(as('committee'), deadLetterTopicOf(Topics.intakeDeclaration), garbage)).resolves.toBeUndefined();
  });
});
