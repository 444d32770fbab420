import { Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Put, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { IntakePrisma } from '@zc/intake/data-access';
import { CorrelationId, CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { denyOrMissing, mayRead } from '../declarations/declaration-access';
import { ExpertDossiers } from '../dossiers/expert-dossiers';
import { UploadEvidenceCommand } from './upload-evidence.command';

const part = 'declarations/:id/materials/:index/parts/:part';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller()
export class EvidenceHttpController {
  constructor(
    private readonly upload: UploadEvidenceCommand,
    private readonly prisma: IntakePrisma,
    private readonly dossiers: ExpertDossiers,
  ) {}

  /** Uploads the file for one part of one material (PDF, JPEG or PNG; the body is the file). */
  @Put(part)
  @Roles('applicant')
  @ApiConsumes('application/pdf', 'image/jpeg', 'image/png')
  put(@Param('id', new ParseUUIDPipe()) id: string, @Param('index', ParseIntPipe) index: number, @Param('part') partName: string, @Req() request: IncomingMessage, @CurrentPrincipal() by: Principal) {
    return this.upload.execute(id, index, partName, request, by);
  }

  /**
   * R-RV-1: the employer's photograph of its unit publicity (JPEG or PNG; the body is the file),
   * while the declaration waits for its decision. Answers the SHA-256 the recommendation names;
   * readers get the image as part `unit-publicity` of material -1.
   */
  @Put('declarations/:id/unit-publicity/image')
  @Roles('employer')
  @ApiConsumes('image/jpeg', 'image/png')
  unitPublicityImage(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: IncomingMessage, @CurrentPrincipal() by: Principal) {
    return this.upload.unitPublicityImage(id, request, by);
  }

  /**
   * The file itself, for whoever may read the declaration, and for an expert while its dossier is
   * open to them (each read recorded); its SHA-256 is in the ETag.
   */
  @Get(part)
  @Roles('applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector', 'expert')
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('index', ParseIntPipe) index: number,
    @Param('part') partName: string,
    @CurrentPrincipal() by: Principal,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: ServerResponse,
  ) {
    const declaration = await this.prisma.declaration.findUnique({ where: { id } });
    if (!declaration) denyOrMissing(by, id);
    const evidence = await this.prisma.evidence.findUnique({ where: { declarationId_materialIndex_part: { declarationId: id, materialIndex: index, part: partName } } });
    const readable = mayRead(by, declaration) || (evidence !== null && (await this.dossiers.read(by, id, { what: 'evidence', materialIndex: index, part: partName }, correlationId)));
    if (!readable || !evidence) denyOrMissing(by, id);
    response.setHeader('etag', `"${evidence.sha256}"`);
    return new StreamableFile(await this.upload.open(evidence.sha256), { type: evidence.contentType, length: evidence.size });
  }
}
