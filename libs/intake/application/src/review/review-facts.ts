import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar } from '@zc/calendar';
import type { AnnualPlan, ReviewFacts } from '@zc/intake/domain';
import { Clock } from '@zc/platform';

/** What the review state machine decides against: the declaration's plan, today, and the plan region's working days. */
@Injectable()
export class ReviewFactsProvider {
  private readonly calendar = new WorkingDayCalendar();

  constructor(private readonly clock: Clock) {}

  for(plan: AnnualPlan): ReviewFacts {
    return { plan, today: this.clock.today(), workingDaysBetween: (from, to) => this.calendar.workingDaysBetween(from, to, plan.region) };
  }
}
