export * from './publicity';
export * from './result-reporting';
