export * from './certificate-content';
