import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Verification',
  description: 'Data-sharing feeds (continuing education, social security, degrees) and the checks built on them (R-VF-*).',
});
