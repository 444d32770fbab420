import { isTransientError } from './transient-error';

describe('transient errors', () => {
  it('knows a busy pool, a restart and a deadlock, also when wrapped', () => {
    expect(isTransientError({ code: 'P2024' })).toBe(true);
    expect(isTransientError({ code: 'P2028', message: 'Transaction API error: Unable to start a transaction in the given time.' })).toBe(true);
    expect(isTransientError(new Error('Unable to start a transaction in the given time.'))).toBe(true);
    expect(isTransientError(new Error('outer', { cause: { code: '57P01' } }))).toBe(true);
    expect(isTransientError({ code: '40P01' })).toBe(true);
  });

  it('knows a bounded wait that ran out: pool, statement, lock, idle transaction', () => {
    expect(isTransientError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isTransientError({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(true);
    expect(isTransientError({ code: '55P03', message: 'canceling statement due to lock timeout' })).toBe(true);
    expect(isTransientError({ code: '25P03' })).toBe(true);
    expect(isTransientError(new Error('Query read timeout'))).toBe(true);
  });

  it('sees the PostgreSQL code inside the wrapping Prisma gives a driver adapter error', () => {
    const driverAdapterError = Object.assign(new Error('DriverAdapterError'), { cause: { kind: 'postgres', originalCode: '57P01', originalMessage: 'terminating connection due to administrator command' } });
    expect(isTransientError(Object.assign(new Error('Raw query failed. Code: `57P01`.'), { code: 'P2010', meta: { driverAdapterError } }))).toBe(true);
    expect(isTransientError(driverAdapterError)).toBe(true);
    expect(isTransientError(Object.assign(new Error('DriverAdapterError'), { cause: { kind: 'DatabaseNotReachable' } }))).toBe(true);
  });

  it('does not take a bad request or a broken invariant for a passing outage', () => {
    expect(isTransientError({ code: 'P2002', message: 'Unique constraint failed' })).toBe(false);
    expect(isTransientError(new Error('declaration x is unknown'))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
    const uniqueViolation = Object.assign(new Error('DriverAdapterError'), { cause: { kind: 'UniqueConstraintViolation', originalCode: '23505' } });
    expect(isTransientError(Object.assign(new Error('Raw query failed'), { code: 'P2010', meta: { driverAdapterError: uniqueViolation } }))).toBe(false);
  });
});
