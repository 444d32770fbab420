export * from './intake-application.module';
export * from './declarations/declaration.request';
