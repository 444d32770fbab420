export * from './timeline';
export * from './audit';
export * from './subscriptions';
export * from './cases';
export * from './rules';
export * from './integrity';
