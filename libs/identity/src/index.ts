export * from './accounts';
export * from './clients';
export * from './identity-config';
export * from './identity-provider';
export * from './seed-accounts';
