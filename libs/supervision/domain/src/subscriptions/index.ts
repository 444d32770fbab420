export * from './subscription-filters';
export * from './webhook-signature';
export * from './webhook-target';
