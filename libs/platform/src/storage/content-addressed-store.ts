import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit} bytes`);
  }
}

/** The file's first bytes are not what it claims to be: nothing was stored. */
export class RejectedContentError extends Error {}

/** Looks at a file's first bytes (up to 16) before it is kept; throws RejectedContentError to refuse it. */
export type ContentCheck = (head: Buffer) => void;

/** A stored file, for the orphan sweep. */
export interface StoredEntry {
  sha256: string;
  storedAt: Date;
}

export interface StoredObject {
  sha256: string;
  size: number;
  /** The first bytes, for a content-type check by magic number. */
  head: Buffer;
}

/** Where files are kept under their SHA-256: on local disk, or in an S3-compatible bucket. */
export interface BlobStore {
  /** Stores `source` under its hash, unless it is larger than `maxBytes` or `check` refuses its first bytes. */
  put(source: Readable, maxBytes: number, check?: ContentCheck): Promise<StoredObject>;
  has(sha256: string): Promise<boolean>;
  open(sha256: string): Promise<Readable>;
  /** Every stored file, for the sweep of files no record refers to. */
  list(): AsyncIterable<StoredEntry>;
  remove(sha256: string): Promise<void>;
}

/**
 * Files kept under their SHA-256 (`<root>/<2 hex>/<sha256>`): the same bytes are stored once, a
 * stored file cannot be changed without its name changing, and a write is atomic (a temporary
 * file renamed into place), so a crash never leaves half a file under a valid name.
 */
export class ContentAddressedStore implements BlobStore {
  constructor(private readonly root: string) {}

  /**
   * Streams `source` into the store, hashing as it goes; refuses more than `maxBytes`, and what
   * `check` refuses, as soon as the first bytes arrive. Nothing is kept under a name until the
   * whole file passed.
   */
  async put(source: Readable, maxBytes: number, check: ContentCheck = () => undefined): Promise<StoredObject> {
    await mkdir(path.join(this.root, 'tmp'), { recursive: true });
    const temporary = path.join(this.root, 'tmp', randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const chunks: Buffer[] = [];
    let headLength = 0;
    let checked = false;
    const checkHead = () => {
      checked = true;
      check(Buffer.concat(chunks));
    };
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
              if (headLength === 16) checkHead();
            }
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(temporary),
      );
      if (!checked) checkHead(); // a file shorter than the head
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

  async *list(): AsyncIterable<StoredEntry> {
    const shards = await readdir(this.root).catch(() => [] as string[]);
    for (const shard of shards.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
      for (const name of await readdir(path.join(this.root, shard)).catch(() => [] as string[])) {
        if (!/^[0-9a-f]{64}$/.test(name)) continue;
        const info = await stat(path.join(this.root, shard, name)).catch(() => undefined);
        if (info) yield { sha256: name, storedAt: info.mtime };
      }
    }
  }

  /** Where a stored file lies on disk. */
  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }
}
