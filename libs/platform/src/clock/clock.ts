import { Inject, Injectable } from '@nestjs/common';
import { toCalendarDate } from '@zc/calendar';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';

/**
 * The service's notion of now. Rules with deadlines ask it, never `new Date()`, so that tests and
 * demos can run a 2023 plan's stages by moving the clock (only where TEST_CLOCK is enabled).
 */
@Injectable()
export class Clock {
  private offsetMs = 0;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Today's calendar date in China Standard Time, as plan dates are written. */
  today(): string {
    return toCalendarDate(this.now());
  }

  /** Moves the clock so that now() is `instant`; time keeps running from there. */
  travelTo(instant: Date): void {
    if (!this.config.testClock) throw new Error('the clock can only be moved where TEST_CLOCK is enabled');
    this.offsetMs = instant.getTime() - Date.now();
  }
}
