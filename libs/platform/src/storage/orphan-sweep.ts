import type { BlobStore } from './content-addressed-store';

/**
 * Removes the stored files `isReferenced` does not claim, once older than `graceMs` (longer than
 * any upload takes from storing its file to committing its record). Ages are the store's own
 * (file times, object dates), so they are read against the machine's clock, never a moved one.
 */
export async function removeOrphans(store: BlobStore, graceMs: number, isReferenced: (sha256: string) => Promise<boolean>): Promise<number> {
  const before = Date.now() - graceMs;
  let removed = 0;
  for await (const file of store.list()) {
    if (file.storedAt.getTime() > before || (await isReferenced(file.sha256))) continue;
    await store.remove(file.sha256);
    removed += 1;
  }
  return removed;
}
