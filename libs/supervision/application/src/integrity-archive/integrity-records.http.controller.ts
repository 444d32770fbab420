import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiQueryOf, Clock, CurrentPrincipal, openApiSchemaOf, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { SupervisionPrisma } from '@zc/supervision/data-access';
import { readableRegion } from '../findings/region-scope';

/** The list's filters in a URL: never an identity number, which would reach access logs and proxies (use the search). */
const query = z.strictObject({ active: z.enum(['true', 'false']).optional() });
/** A search by identity number, in the body. */
const search = z.strictObject({ idNumber: z.string().min(1).max(32).optional(), active: z.boolean().optional() });

@ApiTags('integrity archive')
@ApiBearerAuth()
@Controller('integrity-records')
export class IntegrityRecordsHttpController {
  constructor(
    private readonly prisma: SupervisionPrisma,
    private readonly clock: Clock,
  ) {}

  /** The integrity archive (R-SV-1): records of the caller's region, active for 3 years from the finding of fraud. */
  @ApiQueryOf(query)
  @Get()
  @Roles('inspector', 'bureau-admin')
  list(@Query(new ZodValidationPipe(query)) filters: z.infer<typeof query>, @CurrentPrincipal() by: Principal) {
    return this.find({ active: filters.active === undefined ? undefined : filters.active === 'true' }, by);
  }

  /** The same records of one person: the identity number travels in the body, never in a URL. */
  @Post('search')
  @HttpCode(200)
  @Roles('inspector', 'bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(search) })
  search(@Body(new ZodValidationPipe(search)) filters: z.infer<typeof search>, @CurrentPrincipal() by: Principal) {
    return this.find(filters, by);
  }

  private async find(filters: { idNumber?: string; active?: boolean }, by: Principal) {
    const region = readableRegion(by);
    const today = this.clock.today();
    const inRegion = region ? (await this.prisma.case.findMany({ where: { kind: 'declaration', region }, select: { id: true } })).map((c) => c.id) : undefined;
    const records = await this.prisma.integrityRecord.findMany({
      where: {
        idNumber: filters.idNumber,
        declarationId: inRegion ? { in: inRegion } : undefined,
        activeUntil: filters.active === true ? { gte: today } : filters.active === false ? { lt: today } : undefined,
      },
      orderBy: { createdAt: 'desc' },
      take: 500,
    });
    return records.map((record) => ({ ...record, active: record.activeUntil >= today }));
  }
}
