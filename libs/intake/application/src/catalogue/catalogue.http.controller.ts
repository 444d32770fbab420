import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { committeesFor, levelSchema, SEED_CATALOGUE } from '@zc/intake/domain';
import { ApiQueryOf, Roles, ZodValidationPipe } from '@zc/platform';

const routingQuery = z.strictObject({ region: z.string().min(1), series: z.string().min(1), specialty: z.string().min(1), level: levelSchema });

/** Series, specialties, levels and committees, and where a declaration would be routed (R-EL-5, R-EL-8). */
@ApiTags('catalogue')
@ApiBearerAuth()
@Controller('catalogue')
export class CatalogueHttpController {
  @Get()
  @Roles('applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector')
  catalogue() {
    return SEED_CATALOGUE;
  }

  /** The committee a declaration goes to, or why an entrustment letter is needed instead. */
  @ApiQueryOf(routingQuery)
  @Get('routing')
  @Roles('applicant', 'employer', 'department', 'committee-office', 'bureau-admin', 'inspector')
  routing(@Query(new ZodValidationPipe(routingQuery)) query: z.infer<typeof routingQuery>) {
    const [committee] = committeesFor(SEED_CATALOGUE, query);
    return committee
      ? { committee: committee.id, name: committee.name, entrustmentLetterRequired: false }
      : { committee: null, entrustmentLetterRequired: true, reason: `no committee in ${query.region} reviews ${query.series} ${query.specialty} at ${query.level} (R-EL-8)` };
  }
}
