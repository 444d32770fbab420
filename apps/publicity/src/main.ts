import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Publicity',
  description: 'Result publicity windows, objections and publication (R-PB-*).',
});
