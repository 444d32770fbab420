export * from './verification-application.module';
