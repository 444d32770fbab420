export * from './committee-application.module';
