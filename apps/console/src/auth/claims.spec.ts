import { claimsOf } from './claims';

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: object) => `${encode({ alg: 'ES256' })}.${encode(payload)}.signature`;

describe('claims of an access token', () => {
  it('reads name, roles, scope and identity number, in any script', () => {
    expect(claimsOf(jwt({ sub: 'applicant-0', name: '王伟', roles: ['applicant'], zc_scope: {}, id_number: '120101195001010000', exp: 100 }))).toEqual({
      sub: 'applicant-0',
      name: '王伟',
      roles: ['applicant'],
      scope: {},
      idNumber: '120101195001010000',
      expiresAt: 100,
    });
  });

  it('refuses what is not a token of ours', () => {
    expect(claimsOf('opaque')).toBeUndefined();
    expect(claimsOf('a.b.c')).toBeUndefined();
    expect(claimsOf(jwt({ sub: 'x' }))).toBeUndefined();
  });
});
