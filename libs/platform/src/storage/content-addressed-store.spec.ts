import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { ContentAddressedStore, TooLargeError } from './content-addressed-store';

describe('content-addressed store', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'zc-cas-'));
  const store = new ContentAddressedStore(root);

  it('stores bytes under their SHA-256 and reads them back, once for the same bytes', async () => {
    const bytes = Buffer.from('%PDF-1.7 evidence');
    const first = await store.put(Readable.from([bytes.subarray(0, 5), bytes.subarray(5)]), 1_000);
    const again = await store.put(Readable.from([bytes]), 1_000);
    expect(first).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, head: bytes.subarray(0, 16) });
    expect(again.sha256).toBe(first.sha256);
    expect(await store.has(first.sha256)).toBe(true);
    expect(await text(await store.open(first.sha256))).toBe('%PDF-1.7 evidence');
  });

  it('refuses more than the limit and leaves nothing behind', async () => {
    await expect(store.put(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1_000)).rejects.toBeInstanceOf(TooLargeError);
    expect(readdirSync(path.join(root, 'tmp'))).toEqual([]);
  });
});
