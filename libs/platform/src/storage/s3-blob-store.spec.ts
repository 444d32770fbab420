import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import S3rver from 's3rver';
import { TooLargeError } from './content-addressed-store';
import { S3BlobStore } from './s3-blob-store';

/** Against s3rver, a real S3-compatible server running in this process on a free port. */
describe('S3 blob store', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'zc-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: 'evidence' }] });
  let store: S3BlobStore;

  beforeAll(async () => {
    const { port } = await server.run();
    store = new S3BlobStore(
      { endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', bucket: 'evidence', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
      path.join(directory, 'spool'),
    );
  });
  afterAll(() => server.close());

  it('stores bytes under their SHA-256 in the bucket and reads them back', async () => {
    const bytes = Buffer.from('%PDF-1.7 scanned award certificate');
    const stored = await store.put(Readable.from([bytes]), 1_000);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await store.has(stored.sha256)).toBe(true);
    expect(await buffer(await store.open(stored.sha256))).toEqual(bytes);
    expect(await store.has('0'.repeat(64))).toBe(false);
  });

  it('refuses more than the limit before sending anything', async () => {
    const oversized = Buffer.alloc(2_000, 1);
    await expect(store.put(Readable.from([oversized]), 1_000)).rejects.toBeInstanceOf(TooLargeError);
    expect(await store.has(createHash('sha256').update(oversized).digest('hex'))).toBe(false);
  });
});
