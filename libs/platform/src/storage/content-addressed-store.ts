import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

export interface StoredObject {
  sha256: string;
  size: number;
  /** The first bytes, for a content-type check by magic number. */
  head: Buffer;
}

/** Where files are kept under their SHA-256: on local disk, or in an S3-compatible bucket. */
export interface BlobStore {
  put(source: Readable, maxBytes: number): Promise<StoredObject>;
  has(sha256: string): Promise<boolean>;
  open(sha256: string): Promise<Readable>;
}

/**
 * Files kept under their SHA-256 (`<root>/<2 hex>/<sha256>`): the same bytes are stored once, a
 * stored file cannot be changed without its name changing, and a write is atomic (a temporary
 * file renamed into place), so a crash never leaves half a file under a valid name.
 */
export class ContentAddressedStore implements BlobStore {
  constructor(private readonly root: string) {}

  /** Streams `source` into the store, hashing as it goes; refuses more than `maxBytes`. */
  async put(source: Readable, maxBytes: number): Promise<StoredObject> {
    await mkdir(path.join(this.root, 'tmp'), { recursive: true });
    const temporary = path.join(this.root, 'tmp', randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const chunks: Buffer[] = [];
    let headLength = 0;
    try {
      await pipeline(
        source,
        async function* (input: AsyncIterable<Buffer>) {
          for await (const chunk of input) {
            size += chunk.length;
            if (size > maxBytes) throw new TooLargeError(maxBytes);
            if (headLength < 16) {
              chunks.push(chunk.subarray(0, 16 - headLength));
              headLength += Math.min(chunk.length, 16 - headLength);
            }
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temporary),
      );
      const sha256 = hash.digest('hex');
      const target = this.pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true });
      await rename(temporary, target);
      return { sha256, size, head: Buffer.concat(chunks) };
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  async open(sha256: string): Promise<Readable> {
    return createReadStream(this.pathOf(sha256));
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** Where a stored file lies on disk. */
  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}
