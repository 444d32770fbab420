import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@zc/platform';
import { GetDeclarationQuery } from './get-declaration.query';

@ApiTags('declarations')
@ApiBearerAuth()
@Controller('declarations')
export class GetDeclarationHttpController {
  constructor(private readonly query: GetDeclarationQuery) {}

  /** The declaration, its current status and every status change with its reason. */
  @Get(':id')
  @Roles('applicant', 'employer', 'bureau-admin', 'inspector')
  get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal) {
    return this.query.execute(id, principal);
  }
}
