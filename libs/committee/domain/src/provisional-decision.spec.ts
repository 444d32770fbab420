import { provisionalDecision } from './provisional-decision';

describe('provisional decision', () => {
  it('follows the verdict, casts no votes and says so', () => {
    const decision = provisionalDecision({ outcome: 'failed', reason: 'social-security: no records' });
    expect(decision).toMatchObject({ outcome: 'failed', attending: 0, votesFor: 0, votesAgainst: 0 });
    expect(decision.reason).toContain('provisional');
    expect(decision.reason).toContain('no records');
  });
});
