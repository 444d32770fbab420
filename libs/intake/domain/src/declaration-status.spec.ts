import { nextStatus } from './declaration-status';

describe('declaration status', () => {
  it('moves forward through the cycle', () => {
    expect(nextStatus('accepted', { kind: 'verification-concluded', outcome: 'passed', reason: 'ok' })?.to).toBe('verified');
    expect(nextStatus('verified', { kind: 'decision-recorded', outcome: 'passed', reason: 'ok' })?.to).toBe('committee-passed');
    expect(nextStatus('committee-passed', { kind: 'publicity-opened' })?.to).toBe('in-publicity');
    expect(nextStatus('in-publicity', { kind: 'result-published' })?.to).toBe('published');
    expect(nextStatus('published', { kind: 'certificate-issued', certificateNumber: 'N1' })?.to).toBe('certificate-issued');
  });

  it('never moves back when an older fact arrives late', () => {
    expect(nextStatus('published', { kind: 'publicity-opened' })).toBeNull();
    expect(nextStatus('committee-passed', { kind: 'verification-concluded', outcome: 'passed', reason: 'late' })).toBeNull();
  });

  it('lets a later stage overtake a missing earlier one', () => {
    expect(nextStatus('verified', { kind: 'publicity-opened' })?.to).toBe('in-publicity');
  });

  it('stops at a failure', () => {
    expect(nextStatus('accepted', { kind: 'verification-concluded', outcome: 'failed', reason: 'no record' })?.to).toBe('verification-failed');
    expect(nextStatus('verification-failed', { kind: 'decision-recorded', outcome: 'passed', reason: 'x' })).toBeNull();
  });
});
