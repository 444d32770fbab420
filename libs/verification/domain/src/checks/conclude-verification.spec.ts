import { checksReading, concludeVerification, feedOfCheck, isSettled, type CheckState } from './conclude-verification';

const state = (check: string, status: CheckState['status'], reason: string = status): CheckState => ({ check, status, reason, settledBy: status === 'passed' || status === 'failed' ? 'feed-data' : null });

describe('one verdict per declaration', () => {
  it('waits while any check is pending or in manual review', () => {
    expect(concludeVerification([state('social-security', 'passed'), state('continuing-education', 'pending'), state('degree', 'passed')])).toBeNull();
    expect(concludeVerification([state('social-security', 'passed'), state('continuing-education', 'passed'), state('degree', 'manual-review')])).toBeNull();
    expect(concludeVerification([state('social-security', 'passed'), state('degree', 'passed')])).toBeNull();
  });

  it('passes when all three passed, and fails naming every failed check', () => {
    expect(concludeVerification([state('social-security', 'passed'), state('continuing-education', 'passed'), state('degree', 'passed')])?.outcome).toBe('passed');
    const failed = concludeVerification([state('social-security', 'failed', 'too few months'), state('continuing-education', 'passed'), state('degree', 'failed', 'too few years')]);
    expect(failed?.outcome).toBe('failed');
    expect(failed?.reason).toBe('social-security: too few months; degree: too few years');
  });

  it('ignores the spot check of a promise, which comes after the verdict', () => {
    const states = [state('social-security', 'passed'), state('continuing-education', 'passed'), state('degree', 'passed'), state('promise-spot-check', 'pending')];
    expect(concludeVerification(states)?.checks).toHaveLength(3);
  });
});

describe('which feed a check reads', () => {
  it('maps each check to its feed, and back to the checks its data can settle', () => {
    expect(feedOfCheck('promise-spot-check')).toBe('continuing-education');
    expect(feedOfCheck('degree')).toBe('degree');
    expect(checksReading('continuing-education')).toEqual(['continuing-education', 'promise-spot-check']);
    expect(checksReading('social-security')).toEqual(['social-security']);
  });
});

describe('settled checks', () => {
  it('counts passed and failed as settled, pending and manual review as open', () => {
    expect((['passed', 'failed', 'pending', 'manual-review'] as const).map(isSettled)).toEqual([true, true, false, false]);
  });
});
