import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { CloseMeetingCommand } from './close-meeting.command';
import { OpenMeetingCommand } from './open-meeting.command';
import { TakePartCommand } from './take-part.command';

const openRequest = z.strictObject({ present: z.array(z.uuid()).min(1) });
const commitRequest = z.strictObject({ statement: z.string().trim().min(10).max(2_000) });
const opinionRequest = z.strictObject({ opinion: z.string().trim().min(5).max(5_000), defenceScore: z.int().min(0).max(100).optional() });
const ballotRequest = z.strictObject({ choice: z.enum(['for', 'against', 'abstain']) });
const uuid = new ParseUUIDPipe();

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('review-plans/:id')
export class MeetingsHttpController {
  constructor(
    private readonly open: OpenMeetingCommand,
    private readonly takePart: TakePartCommand,
    private readonly close: CloseMeetingCommand,
  ) {}

  @Post('meeting')
  @Roles('committee-office')
  @ApiBody({ schema: openApiSchemaOf(openRequest) })
  openMeeting(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(openRequest)) body: z.infer<typeof openRequest>, @CurrentPrincipal() by: Principal) {
    return this.open.execute(id, body.present, by);
  }

  @Post('commitments')
  @Roles('expert')
  @ApiBody({ schema: openApiSchemaOf(commitRequest) })
  commit(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(commitRequest)) body: z.infer<typeof commitRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.takePart.commit(id, body.statement, by, correlationId);
  }

  @Get('dossiers')
  @Roles('expert')
  dossiers(@Param('id', uuid) id: string, @CurrentPrincipal() by: Principal) {
    return this.takePart.dossiers(id, by);
  }

  @Post('declarations/:declarationId/opinions')
  @Roles('expert')
  @ApiBody({ schema: openApiSchemaOf(opinionRequest) })
  opine(@Param('id', uuid) id: string, @Param('declarationId', uuid) declarationId: string, @Body(new ZodValidationPipe(opinionRequest)) body: z.infer<typeof opinionRequest>, @CurrentPrincipal() by: Principal) {
    return this.takePart.opine(id, declarationId, body, by);
  }

  /** An anonymous ballot: the answer says only that it was recorded. */
  @Post('declarations/:declarationId/ballot')
  @Roles('expert')
  @ApiBody({ schema: openApiSchemaOf(ballotRequest) })
  vote(@Param('id', uuid) id: string, @Param('declarationId', uuid) declarationId: string, @Body(new ZodValidationPipe(ballotRequest)) body: z.infer<typeof ballotRequest>, @CurrentPrincipal() by: Principal) {
    return this.takePart.vote(id, declarationId, body.choice, by);
  }

  @Post('meeting/close')
  @HttpCode(200)
  @Roles('committee-office')
  closeMeeting(@Param('id', uuid) id: string, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.close.execute(id, by, correlationId);
  }
}
