import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { openApiSchemaOf, Roles, ZodValidationPipe } from '@zc/platform';
import { LoadSocialSecurityRecordsCommand } from './load-social-security-records.command';
import { loadSocialSecurityRecordsRequest, type LoadSocialSecurityRecordsRequest } from './load-social-security-records.request';

@ApiTags('feeds')
@ApiBearerAuth()
@Controller('feeds/social-security/records')
export class LoadSocialSecurityRecordsHttpController {
  constructor(private readonly command: LoadSocialSecurityRecordsCommand) {}

  /** A batch from the social-security agency's feed (streams and bulk files come with issue 4). */
  @Post()
  @HttpCode(200)
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(loadSocialSecurityRecordsRequest) })
  load(@Body(new ZodValidationPipe(loadSocialSecurityRecordsRequest)) body: LoadSocialSecurityRecordsRequest) {
    return this.command.execute(body);
  }
}
