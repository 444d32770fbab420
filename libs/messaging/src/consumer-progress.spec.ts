import { ConsumerProgress, describeStall, partitionKey } from './consumer-progress';

const A = partitionKey('intake.declaration.v1', 0);
const B = partitionKey('intake.declaration.v1', 1);

describe('consumer progress and the stall it reveals', () => {
  it('is not stalled while messages are handled, however long the backlog', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([A], 0);
    progress.sampled(A, { committed: '10', low: 0, high: 510 }, 0);
    for (let t = 100; t <= 5_000; t += 100) {
      progress.taken(A, String(t), t - 50, t);
      progress.done(A, String(t), t + 50);
    }
    expect(progress.stalled(5_100)).toEqual([]);
  });

  it('is stalled when a backlog waits and nothing moves for the stall timeout, and heals when work moves', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([A, B], 0);
    progress.sampled(A, { committed: '10', low: 0, high: 13 }, 0);
    progress.sampled(B, { committed: '4', low: 0, high: 4 }, 0);
    expect(progress.stalled(900)).toEqual([]);
    progress.sampled(A, { committed: '10', low: 0, high: 15 }, 1_200);
    expect(progress.stalled(1_200)).toEqual([{ partition: A, lag: 5, idleMs: 1_200 }]);
    expect(describeStall(progress.stalled(1_200))).toBe('stalled: intake.declaration.v1:0 lag 5, no progress for 1 s');
    // The committed offset advanced (another member's commit, or ours after a restart).
    progress.sampled(A, { committed: '12', low: 0, high: 15 }, 1_300);
    expect(progress.stalled(1_400)).toEqual([]);
  });

  it('is stalled on a message held in hand too long, even before the broker reports a lag', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([A], 0);
    progress.taken(A, '7', 0, 100);
    expect(progress.stalled(1_500)).toHaveLength(1);
    expect(progress.oldestUnhandledSeconds(A, 1_500)).toBe(1.5);
    progress.done(A, '7', 1_600);
    expect(progress.stalled(1_700)).toEqual([]);
  });

  it('does not take a commit trailing what was done for a stall, though it counts as lag', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([A], 0);
    progress.taken(A, '11', 0, 0);
    progress.done(A, '11', 10);
    progress.sampled(A, { committed: '10', low: 0, high: 12 }, 5_000);
    expect(progress.stalled(5_000)).toEqual([]);
    expect(progress.lagOf(A)).toBe(2);
  });

  it('is not stalled while a partition waits its turn and the member works through others', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([A, B], 0);
    progress.sampled(A, { committed: '0', low: 0, high: 20 }, 0);
    progress.sampled(B, { committed: '0', low: 0, high: 900 }, 0);
    for (let t = 100; t <= 5_000; t += 100) progress.done(B, String(t / 100), t);
    expect(progress.stalled(5_050)).toEqual([]);
    expect(progress.stalled(6_100)).toEqual([
      { partition: A, lag: 20, idleMs: 1_100 },
      { partition: B, lag: 900, idleMs: 1_100 },
    ]);
  });

  it('judges only the partitions the group gave this member', () => {
    const progress = new ConsumerProgress(1_000);
    progress.assign([B], 0);
    progress.sampled(A, { committed: '1', low: 0, high: 10 }, 0);
    expect(progress.stalled(5_000)).toEqual([]);
    expect(progress.lagOf(A)).toBe(9);
  });

  it('dates a backlog with no message in hand from when it was first seen, and forgets it once empty', () => {
    const progress = new ConsumerProgress(1_000);
    progress.sampled(A, { committed: '1', low: 0, high: 3 }, 1_000);
    progress.sampled(A, { committed: '1', low: 0, high: 5 }, 3_000);
    expect(progress.oldestUnhandledSeconds(A, 4_000)).toBe(3);
    progress.sampled(A, { committed: '5', low: 0, high: 5 }, 5_000);
    expect(progress.oldestUnhandledSeconds(A, 6_000)).toBe(0);
  });
});
