import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { CorrelationId, CurrentPrincipal, openApiSchemaOf, Roles, ZodValidationPipe, type Principal } from '@zc/platform';
import { CancelDeclarationCommand } from './cancel-declaration.command';
import { ReviewDeclarationCommand } from './review-declaration.command';
import { cancellationRequest, departmentReviewRequest, emptyRequest, employerReviewRequest, feePaymentRequest, officeReviewRequest } from './review-declaration.request';

const uuid = new ParseUUIDPipe();

/** The review stages after submission; each answers 409 with the reason when not allowed now. */
@ApiTags('review')
@ApiBearerAuth()
@Controller('declarations/:id')
export class ReviewDeclarationHttpController {
  constructor(
    private readonly review: ReviewDeclarationCommand,
    private readonly cancel: CancelDeclarationCommand,
  ) {}

  @Post('employer-review')
  @HttpCode(200)
  @Roles('employer')
  @ApiBody({ schema: openApiSchemaOf(employerReviewRequest) })
  employer(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(employerReviewRequest)) body: z.infer<typeof employerReviewRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    const command = body.decision === 'recommend' ? { type: 'recommend' as const, by: 'employer' as const, unitPublicity: body.unitPublicity } : { type: 'return-to-applicant' as const, by: 'employer' as const, reason: body.reason };
    return this.review.execute(id, command, by, correlationId);
  }

  @Post('department-review')
  @HttpCode(200)
  @Roles('department')
  @ApiBody({ schema: openApiSchemaOf(departmentReviewRequest) })
  department(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(departmentReviewRequest)) body: z.infer<typeof departmentReviewRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    const command = body.decision === 'forward' ? { type: 'forward' as const, by: 'department' as const } : { type: 'return-to-applicant' as const, by: 'department' as const, reason: body.reason };
    return this.review.execute(id, command, by, correlationId);
  }

  @Post('office-review')
  @HttpCode(200)
  @Roles('committee-office')
  @ApiBody({ schema: openApiSchemaOf(officeReviewRequest) })
  office(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(officeReviewRequest)) body: z.infer<typeof officeReviewRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    const by_ = 'committee-office' as const;
    const command =
      body.decision === 'accept'
        ? { type: 'accept' as const, by: by_, committee: by.scope.committee ?? '' }
        : body.decision === 'request-correction'
          ? { type: 'request-correction' as const, by: by_, defects: body.defects }
          : { type: 'decline' as const, by: by_, reason: body.reason };
    return this.review.execute(id, command, by, correlationId);
  }

  @Post('resubmission')
  @HttpCode(200)
  @Roles('applicant')
  resubmit(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(emptyRequest)) _body: object, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.review.execute(id, { type: 'resubmit', by: 'applicant' }, by, correlationId);
  }

  @Post('fee-payment')
  @HttpCode(200)
  @Roles('applicant')
  @ApiBody({ schema: openApiSchemaOf(feePaymentRequest) })
  payFee(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(feePaymentRequest)) body: z.infer<typeof feePaymentRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.review.execute(id, { type: 'pay-fee', by: 'applicant', paymentReference: body.paymentReference }, by, correlationId);
  }

  @Post('withdrawal')
  @HttpCode(200)
  @Roles('applicant')
  withdraw(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(emptyRequest)) _body: object, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.review.execute(id, { type: 'withdraw', by: 'applicant' }, by, correlationId);
  }

  /** Cancels a declaration, or revokes its title once passed, for fraud or a false promise (R-VF-1, R-SV-1). */
  @Post('cancellation')
  @HttpCode(200)
  @Roles('bureau-admin')
  @ApiBody({ schema: openApiSchemaOf(cancellationRequest) })
  cancellation(@Param('id', uuid) id: string, @Body(new ZodValidationPipe(cancellationRequest)) body: z.infer<typeof cancellationRequest>, @CurrentPrincipal() by: Principal, @CorrelationId() correlationId: string) {
    return this.cancel.execute(id, body.ruleId, body.finding, by, correlationId);
  }
}
