export * from './intake-application.module';
export * from './submit-declaration/submit-declaration.request';
