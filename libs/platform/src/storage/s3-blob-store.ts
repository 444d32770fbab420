import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { ContentAddressedStore, type BlobStore, type ContentCheck, type StoredEntry, type StoredObject } from './content-addressed-store';

export interface S3Settings {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Most S3-compatible servers (MinIO, Ceph) want path-style addressing. */
  forcePathStyle: boolean;
}

/**
 * The same content-addressed store in an S3-compatible bucket. An upload is spooled through a
 * local store first, so its hash and size are known (and the limit enforced) before anything is
 * sent; the object is then written once under its hash, and the spooled copy removed.
 */
export class S3BlobStore implements BlobStore {
  private readonly s3: S3Client;
  private readonly spool: ContentAddressedStore;

  constructor(
    private readonly settings: S3Settings,
    spoolDir: string,
  ) {
    const config: S3ClientConfig = {
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    };
    this.s3 = new S3Client(config);
    this.spool = new ContentAddressedStore(spoolDir);
  }

  async put(source: Readable, maxBytes: number, check?: ContentCheck): Promise<StoredObject> {
    const stored = await this.spool.put(source, maxBytes, check);
    try {
      if (!(await this.has(stored.sha256))) {
        const file = this.spool.pathOf(stored.sha256);
        await this.s3.send(
          new PutObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(stored.sha256), Body: createReadStream(file), ContentLength: stored.size, ChecksumSHA256: Buffer.from(stored.sha256, 'hex').toString('base64') }),
        );
      }
      return stored;
    } finally {
      await this.spool.remove(stored.sha256);
    }
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(sha256) }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async open(sha256: string): Promise<Readable> {
    const object = await this.s3.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(sha256) }));
    return object.Body as Readable;
  }

  async *list(): AsyncIterable<StoredEntry> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const sha256 = object.Key?.split('/')[1];
        if (sha256 && /^[0-9a-f]{64}$/.test(sha256)) yield { sha256, storedAt: object.LastModified ?? new Date(0) };
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async remove(sha256: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(sha256) }));
  }
}

function keyOf(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256');
  return `${sha256.slice(0, 2)}/${sha256}`;
}

/** The store configuration asks for: local disk by default, an S3-compatible bucket when set. */
export function createBlobStore(settings: { driver: 'local' | 's3'; dir: string; s3?: S3Settings }): BlobStore {
  if (settings.driver === 's3') {
    if (!settings.s3) throw new Error('the s3 store needs its settings');
    return new S3BlobStore(settings.s3, `${settings.dir}/spool`);
  }
  return new ContentAddressedStore(settings.dir);
}
