export * from './identity-number';
export * from './declaration-status';
