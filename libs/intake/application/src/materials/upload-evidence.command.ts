import { BadRequestException, ConflictException, HttpException, Inject, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { IntakePrisma } from '@zc/intake/data-access';
import { declaredMaterialSchema, MATERIAL_REQUIREMENTS } from '@zc/intake/domain';
import { Clock, createBlobStore, RejectedContentError, TooLargeError, type BlobStore, type Principal } from '@zc/platform';
import { DeclarationLoader } from '../declarations/declaration-loader';
import { INTAKE_SETTINGS, type IntakeSettings } from '../intake.settings';

/** What evidence may be: PDF scans and photographs, recognised by their first bytes too. */
const ACCEPTED_TYPES: Record<string, (head: Buffer) => boolean> = {
  'application/pdf': (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/jpeg': (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  'image/png': (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
};

/** While the applicant may still change the declaration. */
const EDITABLE = ['draft', 'returned-by-employer', 'returned-by-department', 'correction-requested'];

/**
 * R-RV-1: the photograph of the employer's unit publicity is kept beside the evidence, under a
 * material index no declared material has; readers get it as that part (GET
 * /declarations/:id/materials/-1/parts/unit-publicity), and its record keeps the file from the orphan sweep.
 */
export const UNIT_PUBLICITY_IMAGE = { materialIndex: -1, part: 'unit-publicity' } as const;
const IMAGE_TYPES = ['image/jpeg', 'image/png'];

@Injectable()
export class UploadEvidenceCommand {
  private readonly store: BlobStore;

  constructor(
    private readonly prisma: IntakePrisma,
    private readonly loader: DeclarationLoader,
    @Inject(INTAKE_SETTINGS) private readonly settings: IntakeSettings,
    private readonly clock: Clock,
  ) {
    this.store = createBlobStore(settings.evidenceStore);
  }

  async execute(id: string, materialIndex: number, part: string, request: IncomingMessage, by: Principal) {
    const contentType = contentTypeOf(request, Object.keys(ACCEPTED_TYPES));
    // Check ownership, state and the part before reading a byte of the body: a refused upload
    // stores nothing (a file stored and then refused would be an orphan).
    const before = await this.prisma.$transaction((tx) => this.loader.lockFor(tx, id, by, 'applicant'));
    assertEditable(before.status);
    this.partOf(before.materials, materialIndex, part);
    const stored = await this.storeBody(request, contentType);
    // Should this transaction fail after all (the declaration changed meanwhile), the file is an
    // orphan until the sweep removes it (EvidenceOrphanSweep).
    return this.prisma.$transaction(async (tx) => {
      const declaration = await this.loader.lockFor(tx, id, by, 'applicant');
      assertEditable(declaration.status);
      const materials = this.partOf(declaration.materials, materialIndex, part);
      const parts = new Set(materials[materialIndex]?.parts ?? []);
      parts.add(part);
      materials[materialIndex] = { ...(materials[materialIndex] as (typeof materials)[number]), parts: [...parts] };
      await tx.declaration.update({ where: { id }, data: { materials } });
      const evidence = { sha256: stored.sha256, size: stored.size, contentType, uploadedBy: by.sub, uploadedAt: this.clock.now() };
      await tx.evidence.upsert({ where: { declarationId_materialIndex_part: { declarationId: id, materialIndex, part } }, create: { declarationId: id, materialIndex, part, ...evidence }, update: evidence });
      return { declarationId: id, materialIndex, part, sha256: stored.sha256, size: stored.size, contentType };
    });
  }

  /**
   * R-RV-1: the employer's photograph of its unit publicity, uploaded before it recommends (while
   * the declaration waits for it); the recommendation names it by the SHA-256 returned here.
   */
  async unitPublicityImage(id: string, request: IncomingMessage, by: Principal) {
    const contentType = contentTypeOf(request, IMAGE_TYPES);
    const before = await this.prisma.$transaction((tx) => this.loader.lockFor(tx, id, by, 'employer'));
    assertAwaitingEmployer(before.status);
    const stored = await this.storeBody(request, contentType);
    return this.prisma.$transaction(async (tx) => {
      const declaration = await this.loader.lockFor(tx, id, by, 'employer');
      assertAwaitingEmployer(declaration.status);
      const image = { sha256: stored.sha256, size: stored.size, contentType, uploadedBy: by.sub, uploadedAt: this.clock.now() };
      await tx.evidence.upsert({ where: { declarationId_materialIndex_part: { declarationId: id, ...UNIT_PUBLICITY_IMAGE } }, create: { declarationId: id, ...UNIT_PUBLICITY_IMAGE, ...image }, update: image });
      return { declarationId: id, ...UNIT_PUBLICITY_IMAGE, sha256: stored.sha256, size: stored.size, contentType };
    });
  }

  private async storeBody(request: IncomingMessage, contentType: string) {
    const looksRight = ACCEPTED_TYPES[contentType] as (head: Buffer) => boolean;
    try {
      return await this.store.put(request, this.settings.evidenceMaxBytes, (head) => {
        if (!looksRight(head)) throw new RejectedContentError(`the file is not a ${contentType}`);
      });
    } catch (error) {
      if (error instanceof TooLargeError) throw new HttpException({ statusCode: 413, error: 'Payload Too Large', message: `evidence files are limited to ${error.limit} bytes` }, 413);
      if (error instanceof RejectedContentError) throw new UnsupportedMediaTypeException(error.message);
      throw error;
    }
  }

  open(sha256: string) {
    return this.store.open(sha256);
  }

  private partOf(rawMaterials: unknown, index: number, part: string) {
    const materials = declaredMaterialSchema.array().parse(rawMaterials);
    const material = materials[index];
    if (!material) throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'materialIndex', reason: `there is no material ${index}` }] });
    const allowed: readonly string[] = MATERIAL_REQUIREMENTS[material.type];
    if (!allowed.includes(part)) {
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Validation failed', issues: [{ field: 'part', reason: `a ${material.type} has parts ${allowed.join(', ')}` }] });
    }
    return materials;
  }
}

function assertEditable(status: string): void {
  if (!EDITABLE.includes(status)) throw new ConflictException(`evidence cannot change while the declaration is ${status}`);
}

function assertAwaitingEmployer(status: string): void {
  if (status !== 'submitted') throw new ConflictException(`the unit publicity image is uploaded while the declaration waits for the employer; it is ${status}`);
}

function contentTypeOf(request: IncomingMessage, accepted: string[]): string {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  if (!accepted.includes(contentType)) throw new UnsupportedMediaTypeException(`the file must be one of ${accepted.join(', ')}`);
  return contentType;
}
