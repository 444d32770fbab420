import { passesTwoThirds, quorumMet, results, type Count } from './tally';

const count = (declarationId: string, attending: number, votesFor: number): Count => ({ declarationId, attending, votesFor, votesAgainst: attending - votesFor, abstentions: 0 });

describe('quorum (plan parameter, 2/3 by default)', () => {
  it('needs two thirds of the members to attend', () => {
    expect(quorumMet(9, 6)).toBe(true);
    expect(quorumMet(9, 5)).toBe(false);
    expect(quorumMet(7, 5)).toBe(true);
    expect(quorumMet(7, 4)).toBe(false);
    expect(quorumMet(0, 0)).toBe(false);
    expect(quorumMet(10, 5, { share: 0.5 })).toBe(true);
  });
});

describe('the vote (R-CM-7)', () => {
  it('passes with at least two thirds of the attending members in favour, counting exactly', () => {
    expect(passesTwoThirds({ attending: 9, votesFor: 6 })).toBe(true);
    expect(passesTwoThirds({ attending: 9, votesFor: 5 })).toBe(false);
    expect(passesTwoThirds({ attending: 7, votesFor: 5 })).toBe(true);
    expect(passesTwoThirds({ attending: 7, votesFor: 4 })).toBe(false); // 4/7 = 0.571
    expect(passesTwoThirds({ attending: 3, votesFor: 2 })).toBe(true);
    expect(passesTwoThirds({ attending: 0, votesFor: 0 })).toBe(false);
  });

  it('states the counts and the rule in each result', () => {
    const [passed, failed] = results([count('a', 9, 6), count('b', 9, 5)]);
    expect(passed).toMatchObject({ outcome: 'passed', reason: expect.stringContaining('6 of 9') });
    expect(failed).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('fewer than two thirds in favour (R-CM-7)') });
  });
});

describe('pass-rate cap (R-CM-9)', () => {
  it('admits at most the cap, those with most votes in favour first', () => {
    const counts = [count('a', 9, 9), count('b', 9, 8), count('c', 9, 7), count('d', 9, 6), count('e', 9, 2)];
    const outcome = results(counts, 0.4).map((r) => [r.declarationId, r.outcome]);
    expect(outcome).toEqual([['a', 'passed'], ['b', 'passed'], ['c', 'failed'], ['d', 'failed'], ['e', 'failed']]);
  });

  it('admits none of those tied at the edge rather than exceed the cap', () => {
    const counts = [count('a', 9, 9), count('b', 9, 8), count('c', 9, 8), count('d', 9, 1), count('e', 9, 1)];
    expect(results(counts, 0.4).filter((r) => r.outcome === 'passed').map((r) => r.declarationId)).toEqual(['a']);
  });

  it('changes nothing below the cap', () => {
    expect(results([count('a', 9, 9), count('b', 9, 2)], 0.5).map((r) => r.outcome)).toEqual(['passed', 'failed']);
  });
});
