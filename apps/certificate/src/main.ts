import 'reflect-metadata';
import { startService } from '@zc/platform';
import { AppModule, config } from './app.module';

startService(AppModule, config, {
  title: 'Certificate',
  description: 'SM2-signed electronic certificates and their public verification (R-CT-*).',
});
