export * from './integrity-record';
