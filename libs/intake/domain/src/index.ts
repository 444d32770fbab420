export * from './declaration-status';
