import { BadRequestException, Body, Controller, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { FEED_SOURCES, type FeedSourceName } from '@zc/contracts';
import { CorrelationId, openApiSchemaOf, Roles, ZodValidationPipe } from '@zc/platform';
import { ReceiveFeedRecordsCommand } from './receive-feed-records.command';

const pushRequest = z.strictObject({
  batchId: z.string().trim().min(1).max(64),
  records: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000),
});

@ApiTags('feeds')
@ApiBearerAuth()
@Controller('feeds/:source/records')
export class PushFeedRecordsHttpController {
  constructor(private readonly command: ReceiveFeedRecordsCommand) {}

  /**
   * A batch an agency (or the bureau on its behalf) sends over HTTP. Every record is checked
   * first; any bad one answers 400 naming each record and field, and nothing is stored.
   */
  @Post()
  @HttpCode(200)
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(pushRequest) })
  async push(
    @Param('source', new ParseEnumPipe(FEED_SOURCES)) source: FeedSourceName,
    @Body(new ZodValidationPipe(pushRequest)) body: z.infer<typeof pushRequest>,
    @CorrelationId() correlationId: string,
  ) {
    const records = body.records.map((fields, index) => ({ ref: `records.${index}`, fields }));
    const report = await this.command.execute(source, 'push', body.batchId, records, { allOrNothing: true, correlationId });
    if (report.rowsRejected > 0) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed: invalid feed records, nothing was stored',
        issues: report.rejected.map(({ ref, reason }) => ({ field: `${ref}.${reason.split(':')[0]}`, reason })),
      });
    }
    const { rejected: _r, ...counts } = report;
    return counts;
  }
}
