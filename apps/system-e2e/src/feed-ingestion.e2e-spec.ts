import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deadLetterTopicOf, FEED_SOURCES, FeedTopics, type FeedSourceName } from '@zc/contracts';
import { produceRaw, readTopicUntil } from '@zc/messaging/testing';
import { ApiClient, freshSampleNumber, PRINCIPALS, RunningSystem, sampleDeclaration, waitFor } from '@zc/testing';
import { FakeAgencyServer } from './support/agency-server';
import { awaitCheck, feedRecordsFor, loadFeed, submit } from './support/declarations';
import { runImport } from './support/feed-files';
import { closeQueries, query, TEST_KAFKA, TEST_SYSTEM } from './support/test-system';

/**
 * Each feed's ways in, shown by a check that waits for data the feed then brings: the agency's
 * stream, its query service (slow at first: timeouts, retries, then recovery), a bulk file
 * imported while the check waits, and a push over HTTP that refuses bad records whole.
 */
describe.each(FEED_SOURCES)('the %s feed', (source: FeedSourceName) => {
  const agency = new FakeAgencyServer();
  let system: RunningSystem;
  const verification = () => new ApiClient(system.url('verification')).as(PRINCIPALS.bureauAdmin);

  beforeAll(async () => {
    await agency.start();
    system = new RunningSystem(TEST_SYSTEM, {
      services: ['intake', 'verification'],
      env: {
        verification: {
          FEED_SOCIAL_SECURITY_QUERY_URL: agency.url('social-security'),
          FEED_CONTINUING_EDUCATION_QUERY_URL: agency.url('continuing-education'),
          FEED_DEGREE_QUERY_URL: agency.url('degree'),
          AGENCY_TIMEOUT_MS: '300',
          AGENCY_ATTEMPTS: '2',
          AGENCY_BACKOFF_MS: '50',
          AGENCY_MAX_BACKOFF_MS: '100',
          AGENCY_BREAKER_THRESHOLD: '3',
          AGENCY_BREAKER_HALF_OPEN_MS: '500',
          AGENCY_PULL_ATTEMPTS: '10',
          AGENCY_PULL_BACKOFF_MS: '200',
        },
      },
    });
    await system.start();
  });
  afterAll(async () => {
    await system.stop();
    await agency.stop();
    await closeQueries();
  });

  /** A declaration whose other two feeds hold its data, waiting on this one. */
  async function waitingOnThisFeed() {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    await loadFeed(system, declaration, 6, { skip: [source] });
    const id = await submit(system, n, declaration);
    await awaitCheck(system, id, source, 'pending');
    return { id, declaration, records: feedRecordsFor(declaration)[source] };
  }

  it('takes records from the stream; a bad record goes to the dead-letter topic with the reason and the stream carries on', async () => {
    const { id, declaration, records } = await waitingOnThisFeed();
    const badKey = `bad-${randomUUID()}`;
    await produceRaw(TEST_KAFKA, FeedTopics[source], [
      { key: badKey, value: JSON.stringify({ ...records[0], idNumber: '1101' }) },
      { key: `${badKey}-json`, value: '{"not": json' },
      ...records.map((record) => ({ key: declaration.idNumber, value: JSON.stringify(record) })),
    ]);

    const settled = await awaitCheck(system, id, source, 'passed');
    expect(settled.evidence.every((e) => e.batchId.startsWith(`stream:${FeedTopics[source]}:`))).toBe(true);
    const letters = await readTopicUntil(TEST_KAFKA, deadLetterTopicOf(FeedTopics[source]), (m) => m.filter((l) => l.key?.startsWith(badKey)).length === 2, 30_000);
    const reasons = letters.filter((l) => l.key?.startsWith(badKey)).map((l) => l.headers['dlt-reason']);
    expect(reasons).toEqual(expect.arrayContaining(['idNumber: must be 17 digits followed by a digit or X', expect.stringContaining('value is not JSON')]));
    // The batch's data-quality report counts the record it refused.
    await waitFor('a stream batch report counting the refused record', async () => {
      const batches = await verification().get<{ way: string; rejectReasons: Record<string, number> }[]>(`/feeds/batches?source=${source}&limit=500`);
      return batches.body.some((b) => b.way === 'stream' && b.rejectReasons['idNumber']) || undefined;
    });
  });

  it("pulls records from the agency's query service, which times out at first and then recovers", async () => {
    const n = freshSampleNumber();
    const declaration = sampleDeclaration(n);
    const records = feedRecordsFor(declaration)[source];
    agency.hold(source, declaration.idNumber, records, { hangFirst: 3 });
    await loadFeed(system, declaration, 6, { skip: [source] });
    const id = await submit(system, n, declaration);

    const settled = await awaitCheck(system, id, source, 'passed');
    expect(settled.evidence.every((e) => e.batchId.startsWith(`pull:${source}:`))).toBe(true);
    const asked = agency.requestsFor(source, declaration.idNumber);
    expect(asked.slice(0, 3).map((r) => r.answered)).toEqual([false, false, false]); // timed out, retried with backoff
    expect(asked.at(-1)?.answered).toBe(true);
    expect((await verification().get<Record<string, string>>('/feeds/agencies')).body).toMatchObject({ [source]: 'closed' });
  });

  it('takes a bulk file imported while the check waits', async () => {
    const { id, records } = await waitingOnThisFeed();
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zc-late-file-')), `${source}.ndjson`);
    // One bad line besides, naming someone: its raw line is the bureau's to see, not an inspector's.
    const stranger = sampleDeclaration(freshSampleNumber());
    const badLine = JSON.stringify({ ...records[0], idNumber: `${stranger.idNumber.slice(0, 17)}Z` });
    writeFileSync(file, `${records.map((record) => JSON.stringify(record)).join('\n')}\n${badLine}\n`);
    const imported = await runImport(source, file, 'ndjson');
    expect(imported.report).toMatchObject({ rowsAccepted: records.length, rowsRejected: 1 });

    const settled = await awaitCheck(system, id, source, 'passed');
    expect(settled.evidence.map((e) => e.batchId)).toEqual(records.map(() => imported.report!.importId));
    const report = await verification().get<{ way: string; rowsAccepted: number; rejectedRows: { line: number; raw?: string }[] }>(`/feeds/batches/${imported.report!.importId}`);
    expect(report.body).toMatchObject({ way: 'file', source, rowsAccepted: records.length, rejectedRows: [{ line: records.length + 1, raw: expect.stringContaining(stranger.idNumber.slice(0, 17)) }] });
    const asInspector = await new ApiClient(system.url('verification')).as(PRINCIPALS.inspector).get<{ rejectedRows: { line: number; reason: string }[] }>(`/feeds/batches/${imported.report!.importId}`);
    expect(asInspector.body.rejectedRows).toEqual([{ line: records.length + 1, reason: expect.stringContaining('idNumber') }]);
    expect(JSON.stringify(asInspector.body)).not.toContain(stranger.idNumber.slice(0, 17));
  });

  it('refuses a pushed batch with a bad record whole, naming the record and field, and stores nothing', async () => {
    const declaration = sampleDeclaration(freshSampleNumber());
    const records = feedRecordsFor(declaration)[source];
    const batchId = `push-${randomUUID()}`;
    const response = await verification().post<{ issues: { field: string; reason: string }[] }>(`/feeds/${source}/records`, { batchId, records: [...records, { ...records[0], idNumber: 'x' }] });
    expect(response.status).toBe(400);
    expect(response.body.issues).toEqual([{ field: `records.${records.length}.idNumber`, reason: 'idNumber: must be 17 digits followed by a digit or X' }]);
    const table = { 'social-security': 'SocialSecurityRecord', 'continuing-education': 'ContinuingEducationRecord', degree: 'DegreeRecord' }[source];
    expect(await query('verification', `SELECT 1 FROM "${table}" WHERE "batchId" = $1`, [batchId])).toHaveLength(0);
    expect((await verification().post(`/feeds/not-a-feed/records`, { batchId, records })).status).toBe(400);
  });
});
