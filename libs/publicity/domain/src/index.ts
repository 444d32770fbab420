export * from './publicity';
export * from './result-reporting';
export * from './plan-rules';
