export * from './social-security-check';
export * from './feeds/social-security-row';
