import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import { createEvent, DeclarationsExported } from '@zc/contracts';
import { IntakePrisma, type Prisma } from '@zc/intake/data-access';
import { EventTransactions } from '@zc/messaging';
import { ApiQueryOf, CorrelationId, CurrentPrincipal, openApiSchemaOf, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { ExpertDossiers } from '../dossiers/expert-dossiers';
import { CreateDraftCommand } from './create-draft.command';
import { CSV_COLUMNS, csvLine, type CsvRow } from './declarations-csv';
import { denyOrMissing, mayRead, visibleTo } from './declaration-access';
import { declarationRequest, type DeclarationRequest } from './declaration.request';
import { emptyRequest } from '../review/review-declaration.request';
import { SubmitDeclarationCommand } from './submit-declaration.command';

const READERS = ['applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector'] as const;

const listQuery = z.strictObject({
  status: z.string().max(32).optional(),
  series: z.string().max(64).optional(),
  employerCreditCode: z.string().max(18).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

type ListQuery = z.infer<typeof listQuery>;

/** What a list or an export shows: the principal's scope, narrowed by the query's filters. */
function listWhere(principal: Principal, query: ListQuery): Prisma.DeclarationWhereInput {
  return { AND: [visibleTo(principal), { status: query.status, series: query.series, employerCreditCode: query.employerCreditCode }] };
}

@ApiTags('declarations')
@ApiBearerAuth()
@Controller('declarations')
export class DeclarationsHttpController {
  constructor(
    private readonly createDraft: CreateDraftCommand,
    private readonly submitDeclaration: SubmitDeclarationCommand,
    private readonly prisma: IntakePrisma,
    private readonly transactions: EventTransactions<IntakePrisma>,
    private readonly dossiers: ExpertDossiers,
  ) {}

  /** A draft under the plan in force; nothing is checked against the rules until submission. */
  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @ApiBody({ schema: openApiSchemaOf(declarationRequest) })
  create(@Body(new ZodValidationPipe(declarationRequest)) body: DeclarationRequest, @CurrentPrincipal() principal: Principal) {
    return this.createDraft.execute(body, principal);
  }

  /** Submits to the employer: 422 lists every rule refused (R-EL-*, R-RV-2, R-RV-6); 409 if not now (R-RV-3). */
  @Post(':id/submission')
  @HttpCode(200)
  @Roles('applicant')
  submit(@Param('id', new ParseUUIDPipe()) id: string, @Body(new ZodValidationPipe(emptyRequest)) _body: object, @CurrentPrincipal() principal: Principal, @CorrelationId() correlationId: string) {
    return this.submitDeclaration.execute(id, principal, correlationId);
  }

  /**
   * CSV of the declarations an office (or the bureau) may see, with the list's filters; streamed
   * page by page so a province-wide export does not sit in memory. UTF-8 with a BOM for Excel.
   */
  @ApiQueryOf(listQuery)
  @Get('export.csv')
  @Roles('committee-office', 'bureau-admin')
  async exportCsv(@Query(new ZodValidationPipe(listQuery)) query: ListQuery, @CurrentPrincipal() principal: Principal, @CorrelationId() correlationId: string, @Res() response: ServerResponse) {
    const where = listWhere(principal, query);
    // Recorded before the first row leaves, so an export cut short still leaves its trace (R-SV-4).
    await this.transactions.execute(async (tx, publish) => {
      const exportId = randomUUID();
      const rows = await tx.declaration.count({ where });
      const scope = Object.fromEntries(Object.entries(principal.scope).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      await publish(createEvent(DeclarationsExported, `export:${exportId}`, { exportId, by: principal.sub, roles: principal.roles, scope, filters: query, rows, format: 'csv' }, { source: 'intake', correlationId }));
    });
    response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="declarations.csv"' });
    response.write(`\uFEFF${csvLine(CSV_COLUMNS.map(([, header]) => header))}`);
    let cursor: string | undefined;
    for (;;) {
      const page = await this.prisma.declaration.findMany({
        where,
        orderBy: { id: 'asc' },
        take: 500,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: Object.fromEntries(CSV_COLUMNS.map(([column]) => [column, true])) as Record<(typeof CSV_COLUMNS)[number][0], true>,
      });
      for (const row of page) response.write(csvLine(CSV_COLUMNS.map(([column]) => (row as CsvRow)[column])));
      if (page.length < 500) break;
      cursor = page[page.length - 1]?.id;
    }
    response.end();
  }

  /** A declaration, to whoever may read it; to an expert, while its dossier is open to them (each read recorded). */
  @Get(':id')
  @Roles(...READERS, 'expert')
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal, @CorrelationId() correlationId: string) {
    const declaration = await this.prisma.declaration.findUnique({
      where: { id },
      include: { history: { orderBy: { id: 'asc' }, select: { fromStatus: true, toStatus: true, reason: true, actor: true, eventId: true, at: true } } },
    });
    if (!declaration) denyOrMissing(principal, id);
    if (!mayRead(principal, declaration) && !(await this.dossiers.read(principal, id, { what: 'declaration' }, correlationId))) denyOrMissing(principal, id);
    return declaration;
  }

  @ApiQueryOf(listQuery)
  @Get()
  @Roles(...READERS)
  async list(@Query(new ZodValidationPipe(listQuery)) query: ListQuery, @CurrentPrincipal() principal: Principal) {
    const where = listWhere(principal, query);
    const [total, items] = await Promise.all([
      this.prisma.declaration.count({ where }),
      this.prisma.declaration.findMany({
        where,
        orderBy: { createdAt: 'desc' },
        skip: (query.page - 1) * query.pageSize,
        take: query.pageSize,
        select: { id: true, applicantName: true, employerCreditCode: true, series: true, specialty: true, level: true, region: true, status: true, committee: true, submittedAt: true },
      }),
    ]);
    return { total, page: query.page, pageSize: query.pageSize, items };
  }
}
