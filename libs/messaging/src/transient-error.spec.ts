import { isTransientError } from './transient-error';

describe('transient errors', () => {
  it('knows a busy pool, a restart and a deadlock, also when wrapped', () => {
    expect(isTransientError({ code: 'P2024' })).toBe(true);
    expect(isTransientError({ code: 'P2028', message: 'Transaction API error: Unable to start a transaction in the given time.' })).toBe(true);
    expect(isTransientError(new Error('Unable to start a transaction in the given time.'))).toBe(true);
    expect(isTransientError(new Error('outer', { cause: { code: '57P01' } }))).toBe(true);
    expect(isTransientError({ code: '40P01' })).toBe(true);
  });

  it('does not take a bad request or a broken invariant for a passing outage', () => {
    expect(isTransientError({ code: 'P2002', message: 'Unique constraint failed' })).toBe(false);
    expect(isTransientError(new Error('declaration x is unknown'))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });
});
