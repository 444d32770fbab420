export * from './identity-number';
export * from './credit-code';
