export * from './certificate-application.module';
