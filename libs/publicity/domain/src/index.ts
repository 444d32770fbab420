export * from './publicity';
