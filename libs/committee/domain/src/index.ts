export * from './provisional-decision';
