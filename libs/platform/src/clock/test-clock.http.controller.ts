import { Body, Controller, Get, NotFoundException, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiExcludeController } from '@nestjs/swagger';
import { z } from 'zod';
import { Roles } from '../auth/auth.guard';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { Clock } from './clock';

const travelRequest = z.strictObject({ now: z.iso.datetime({ offset: true }) });

/** Tests and demos only: answers 404 unless TEST_CLOCK is enabled (never in production). */
@ApiExcludeController()
@ApiBearerAuth()
@Controller('testing/clock')
export class TestClockHttpController {
  constructor(private readonly clock: Clock) {}

  @Get()
  @Roles('bureau-admin')
  read() {
    return { now: this.clock.now().toISOString(), today: this.clock.today() };
  }

  @Put()
  @Roles('bureau-admin')
  travel(@Body(new ZodValidationPipe(travelRequest)) body: z.infer<typeof travelRequest>) {
    try {
      this.clock.travelTo(new Date(body.now));
    } catch {
      throw new NotFoundException();
    }
    return this.read();
  }
}
