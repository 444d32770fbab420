export * from './publicity-application.module';
