export * from './supervision-application.module';
