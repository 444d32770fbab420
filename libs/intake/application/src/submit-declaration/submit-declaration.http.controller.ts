import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { SubmitDeclarationCommand, type SubmittedDeclaration } from './submit-declaration.command';
import { submitDeclarationRequest, type SubmitDeclarationRequest } from './submit-declaration.request';

@ApiTags('declarations')
@ApiBearerAuth()
@Controller('declarations')
export class SubmitDeclarationHttpController {
  constructor(private readonly command: SubmitDeclarationCommand) {}

  @Post()
  @HttpCode(201)
  @Roles('applicant')
  @ApiBody({ schema: openApiSchemaOf(submitDeclarationRequest) })
  submit(
    @Body(new ZodValidationPipe(submitDeclarationRequest)) body: SubmitDeclarationRequest,
    @CurrentPrincipal() principal: Principal,
    @CorrelationId() correlationId: string,
  ): Promise<SubmittedDeclaration> {
    return this.command.execute(body, principal, correlationId);
  }
}
