import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { FEED_SOURCES } from '@zc/contracts';
import { ApiQueryOf, CurrentPrincipal, type Principal, Roles, ZodValidationPipe } from '@zc/platform';
import { VerificationPrisma } from '@zc/verification/data-access';

const listQuery = z.strictObject({
  source: z.enum(FEED_SOURCES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

@ApiTags('feeds')
@ApiBearerAuth()
@Controller('feeds/batches')
export class FeedBatchesHttpController {
  constructor(private readonly prisma: VerificationPrisma) {}

  /** The latest batches with their data-quality reports, newest first. */
  @ApiQueryOf(listQuery)
  @Get()
  @Roles('bureau-admin', 'inspector')
  list(@Query(new ZodValidationPipe(listQuery)) query: z.infer<typeof listQuery>) {
    return this.prisma.feedBatch.findMany({ where: query.source ? { source: query.source } : {}, orderBy: { receivedAt: 'desc' }, take: query.limit });
  }

  /**
   * One batch's report; for a file, its first rejected rows with their lines and reasons. The raw
   * lines (identity numbers of people of any region: feed rows carry none) are the bureau's, who
   * fixes the file with the agency; inspectors see where and why, not whose.
   */
  @Get(':batchId')
  @Roles('bureau-admin', 'inspector')
  async get(@Param('batchId') batchId: string, @CurrentPrincipal() by: Principal) {
    const batch = await this.prisma.feedBatch.findUnique({ where: { batchId } });
    if (!batch) throw new NotFoundException({ statusCode: 404, error: 'Not Found', message: `no feed batch ${batchId}` });
    const isFile = batch.way === 'file';
    const withRaw = by.roles.includes('bureau-admin');
    const rejectedRows = isFile ? await this.prisma.feedRejectedRow.findMany({ where: { importId: batchId }, orderBy: { line: 'asc' }, take: 100, select: { line: true, reason: true, raw: withRaw } }) : [];
    return { ...batch, rejectedRows };
  }
}
