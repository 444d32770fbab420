import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Committee',
  description: 'Committees, expert pools, the expert draw, meetings and anonymous votes (R-CM-*).',
});
