export * from './subscription-filters';
export * from './webhook-signature';
