import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { ApiClient, freshSampleNumber, PAPER_PARTS, PRINCIPALS, RunningSystem, SAMPLE_PDF, sampleDeclaration, setIntakeClock, TIANJIN_2023_REVIEW_DAY, tokenFor, waitFor } from '@zc/testing';
import { TEST_SYSTEM } from './support/test-system';

/** Local disk by default; an S3-compatible bucket (s3rver, a real S3 server in this process) by configuration. */
describe.each(['local', 's3'] as const)('evidence files (R-RV-6) in the %s store', (driver) => {
  let system: RunningSystem;
  let s3: S3rver | undefined;

  // The store's own directory, so that what it holds can be counted; the sweep runs often here.
  const evidenceDir = mkdtempSync(path.join(tmpdir(), 'zc-evidence-'));

  beforeAll(async () => {
    let env: Record<string, string> = { EVIDENCE_DIR: evidenceDir, EVIDENCE_ORPHAN_SWEEP_MS: '300', EVIDENCE_ORPHAN_GRACE_MS: '600000' };
    if (driver === 's3') {
      s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: mkdtempSync(path.join(tmpdir(), 'zc-s3-')), configureBuckets: [{ name: 'evidence' }] });
      const { port } = await s3.run();
      env = { ...env, EVIDENCE_STORE: 's3', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: 'evidence', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
    }
    system = new RunningSystem(TEST_SYSTEM, { services: ['intake'], env: { intake: env } });
    await system.start();
    await setIntakeClock(system.url('intake'), TIANJIN_2023_REVIEW_DAY);
  });
  afterAll(async () => {
    await system.stop();
    await s3?.close();
  });

  it('counts a part only once its file is uploaded, checks what the file is, and keeps it unchanged', async () => {
    const n = freshSampleNumber();
    const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
    const { body: draft } = await applicant.post<{ id: string }>('/declarations', sampleDeclaration(n));
    const upload = (part: string, bytes: Uint8Array, type = 'application/pdf') =>
      applicant.request<{ sha256: string }>('PUT', `/declarations/${draft.id}/materials/0/parts/${part}`, bytes, { 'content-type': type });

    // Two of the paper's four parts: submission lists the two missing ones.
    for (const part of PAPER_PARTS.slice(0, 2)) expect((await upload(part, SAMPLE_PDF)).status).toBe(200);
    const early = await applicant.post<{ refusals: { ruleId: string; field: string; reason: { en: string } }[] }>(`/declarations/${draft.id}/submission`, {});
    expect(early.status).toBe(422);
    expect(early.body.refusals.map((r) => `${r.ruleId} ${r.reason.en}`)).toEqual([
      `R-RV-6 "计量器具检定方法研究" (paper) lacks contents`,
      `R-RV-6 "计量器具检定方法研究" (paper) lacks full-text`,
    ]);

    // Not what it claims to be, too large, or a part a paper does not have: refused, and nothing kept.
    const held = storedFiles();
    expect((await upload('contents', Buffer.from('GIF89a not a pdf'))).status).toBe(415);
    expect((await upload('contents', SAMPLE_PDF, 'application/zip')).status).toBe(415);
    expect((await upload('contents', Buffer.concat([SAMPLE_PDF, Buffer.alloc(70_000)]))).status).toBe(413);
    expect((await upload('isbn-page', SAMPLE_PDF)).status).toBe(400);
    if (driver === 'local') expect(storedFiles()).toEqual(held);

    const scan = Buffer.concat([SAMPLE_PDF, Buffer.from(`page ${n}`)]);
    const stored = await upload('contents', scan);
    expect(stored.body.sha256).toBe(createHash('sha256').update(scan).digest('hex'));
    expect((await upload('full-text', SAMPLE_PDF)).status).toBe(200);
    expect((await applicant.post(`/declarations/${draft.id}/submission`, {})).status).toBe(200);

    // Readers get the very bytes back, named by their hash; the applicant can no longer change them.
    const download = await fetch(`${system.url('intake')}/declarations/${draft.id}/materials/0/parts/contents`, { headers: { authorization: `Bearer ${tokenFor(PRINCIPALS.bureauAdmin)}` } });
    expect(download.headers.get('etag')).toBe(`"${stored.body.sha256}"`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(scan);
    expect((await upload('contents', SAMPLE_PDF)).status).toBe(409);
  });

  // On local disk, where a test can age a file; over a bucket the sweep is the same code on its listing.
  if (driver === 'local') {
    it('removes stored files no evidence record refers to, once older than the grace, and keeps the others', async () => {
      const n = freshSampleNumber();
      const applicant = new ApiClient(system.url('intake')).as(PRINCIPALS.applicant(n));
      const { body: draft } = await applicant.post<{ id: string }>('/declarations', sampleDeclaration(n));
      const kept = await applicant.request<{ sha256: string }>('PUT', `/declarations/${draft.id}/materials/0/parts/contents`, Buffer.concat([SAMPLE_PDF, Buffer.from(`kept ${n}`)]), { 'content-type': 'application/pdf' });
      // A file whose record never committed, two hours old, and the referenced one made as old.
      const orphan = Buffer.from(`%PDF-1.4 orphan ${n}`);
      const orphanPath = path.join(evidenceDir, ...shardOf(createHash('sha256').update(orphan).digest('hex')));
      mkdirSync(path.dirname(orphanPath), { recursive: true });
      writeFileSync(orphanPath, orphan);
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
      utimesSync(orphanPath, twoHoursAgo, twoHoursAgo);
      const keptPath = path.join(evidenceDir, ...shardOf(kept.body.sha256));
      utimesSync(keptPath, twoHoursAgo, twoHoursAgo);
      await waitFor('the orphan to be swept', async () => !existsSync(orphanPath));
      expect(existsSync(keptPath)).toBe(true);
    });
  }

  function storedFiles(): string[] {
    return readdirSync(evidenceDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^[0-9a-f]{64}$/.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  }
});

const shardOf = (sha256: string) => [sha256.slice(0, 2), sha256];
