export * from './audit-chain';
export * from './audit-anchor';
export * from './anchor-file';
