import { Controller, ForbiddenException, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { IntakePrisma } from '@zc/intake/data-access';
import { ApiQueryOf, CurrentPrincipal, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { statisticsOf, type DecisionRow, type DwellRow, type Statistics } from './statistics';

const statisticsQuery = z.strictObject({
  /** The bureau's choice; an inspector always reads their own region. */
  region: z.string().trim().min(1).max(64).optional(),
});

/** The region a caller's figures cover: null is every region (the bureau's default). */
function regionOf(principal: Principal, asked: string | undefined): string | null {
  if (principal.roles.includes('bureau-admin')) return asked ?? null;
  const own = principal.scope.region;
  if (!own) throw new ForbiddenException('your token names no region, and an inspector sees only their own region');
  if (asked !== undefined && asked !== own) throw new ForbiddenException(`an inspector sees their own region (${own}) only`);
  return own;
}

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsHttpController {
  constructor(private readonly prisma: IntakePrisma) {}

  /**
   * Counts for the bureau's dashboard, computed in the database from the declarations and their
   * status history: by status (stage), region and series; each committee's decisions (pass rate);
   * and the average time a declaration stayed in each status before moving on. Aggregates only:
   * no person is named.
   */
  @ApiQueryOf(statisticsQuery)
  @Get()
  @Roles('bureau-admin', 'inspector')
  async get(@Query(new ZodValidationPipe(statisticsQuery)) query: z.infer<typeof statisticsQuery>, @CurrentPrincipal() principal: Principal): Promise<Statistics> {
    const region = regionOf(principal, query.region);
    const where = region ? { region } : {};
    const [byStatus, byRegion, bySeries, decisions, dwell] = await Promise.all([
      this.prisma.declaration.groupBy({ by: ['status'], where, _count: { _all: true } }),
      this.prisma.declaration.groupBy({ by: ['region'], where, _count: { _all: true } }),
      this.prisma.declaration.groupBy({ by: ['series'], where, _count: { _all: true } }),
      // A committee's decisions are the declarations it passed or failed, whatever happened after.
      this.prisma.$queryRawUnsafe<DecisionRow[]>(
        `SELECT d.committee,
                count(*) FILTER (WHERE c."toStatus" = 'committee-passed')::int AS passed,
                count(*) FILTER (WHERE c."toStatus" = 'committee-failed')::int AS failed
           FROM "DeclarationStatusChange" c JOIN "Declaration" d ON d.id = c."declarationId"
          WHERE c."toStatus" IN ('committee-passed', 'committee-failed') AND ($1::text IS NULL OR d.region = $1)
          GROUP BY d.committee`,
        region,
      ),
      // A stay in a status lasts from the change into it to the declaration's next change.
      this.prisma.$queryRawUnsafe<DwellRow[]>(
        `SELECT status, count(*)::int AS stays, avg(extract(epoch FROM (left_at - entered_at)))::float8 AS "averageSeconds"
           FROM (SELECT c."toStatus" AS status, c.at AS entered_at,
                        lead(c.at) OVER (PARTITION BY c."declarationId" ORDER BY c.id) AS left_at
                   FROM "DeclarationStatusChange" c JOIN "Declaration" d ON d.id = c."declarationId"
                  WHERE ($1::text IS NULL OR d.region = $1)) stays
          WHERE left_at IS NOT NULL
          GROUP BY status`,
        region,
      ),
    ]);
    const counted = <K extends 'status' | 'region' | 'series'>(rows: ({ _count: { _all: number } } & Record<K, string>)[], key: K) => rows.map((row) => ({ key: row[key], count: row._count._all }));
    return statisticsOf(region, { byStatus: counted(byStatus, 'status'), byRegion: counted(byRegion, 'region'), bySeries: counted(bySeries, 'series') }, decisions, dwell);
  }
}
