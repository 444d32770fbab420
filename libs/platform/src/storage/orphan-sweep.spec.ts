import { mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { ContentAddressedStore, RejectedContentError } from './content-addressed-store';
import { removeOrphans } from './orphan-sweep';

describe('evidence store: refusals keep nothing, orphans are swept', () => {
  const store = new ContentAddressedStore(mkdtempSync(path.join(tmpdir(), 'zc-store-')));
  const put = (text: string, check?: (head: Buffer) => void) => store.put(Readable.from([Buffer.from(text)]), 1_000, check);
  const age = (sha256: string, ms: number) => utimesSync(store.pathOf(sha256), new Date(Date.now() - ms), new Date(Date.now() - ms));
  const listed = async () => {
    const names: string[] = [];
    for await (const file of store.list()) names.push(file.sha256);
    return names.sort();
  };

  it('refuses a file by its first bytes before anything is kept under a name', async () => {
    const refuse = (head: Buffer) => {
      if (!head.toString('latin1').startsWith('%PDF-')) throw new RejectedContentError('not a PDF');
    };
    await expect(put('GIF89a, not a pdf at all', refuse)).rejects.toThrow(RejectedContentError);
    await expect(put('GIF', refuse)).rejects.toThrow(RejectedContentError); // shorter than the head
    expect(await listed()).toEqual([]);
  });

  it('removes only files nobody refers to and older than the grace', async () => {
    const referenced = await put('%PDF- referenced');
    const orphan = await put('%PDF- orphan');
    const fresh = await put('%PDF- fresh orphan');
    age(referenced.sha256, 7_200_000);
    age(orphan.sha256, 7_200_000);
    const removed = await removeOrphans(store, 3_600_000, async (sha256) => sha256 === referenced.sha256);
    expect(removed).toBe(1);
    expect(await listed()).toEqual([referenced.sha256, fresh.sha256].sort());
  });
});
