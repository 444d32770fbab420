// Who a token names and how tokens are signed, without the NestJS half of the platform: the
// identity provider imports this alone (through `@zc/platform/auth`), which halves its start-up.
export * from './principal';
export * from './oidc';
export * from './signing-keys';
