export * from './social-security-check';
