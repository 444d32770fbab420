import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Intake',
  description: 'Declarations from draft to outcome: submission, review stages and eligibility (R-EL-*, R-RV-*).',
});
