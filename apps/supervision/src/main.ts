import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Supervision',
  description: 'Timelines, findings and the integrity archive for inspectors (R-SV-*).',
});
