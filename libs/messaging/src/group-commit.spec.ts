import { performance } from 'node:perf_hooks';
import { GroupCommit } from './group-commit';

function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('GroupCommit', () => {
  it('runs callers that arrive together as one run', async () => {
    const runs: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => {
      runs.push(items);
    }, 100);
    await Promise.all([commit.submit([1, 2]), commit.submit([3]), commit.submit([4, 5])]);
    expect(runs).toEqual([[1, 2, 3, 4, 5]]);
  });

  it('gathers the callers that arrive during a run into the next one', async () => {
    const runs: number[][] = [];
    const gate = deferred();
    const commit = new GroupCommit<number>(async (items) => {
      runs.push(items);
      if (runs.length === 1) await gate.promise;
    }, 100);
    const first = commit.submit([1]);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [commit.submit([2]), commit.submit([3, 4])];
    gate.release();
    await Promise.all([first, ...later]);
    expect(runs).toEqual([[1], [2, 3, 4]]);
  });

  it('never puts more than maxItems in a run, nor splits a caller', async () => {
    const runs: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => {
      runs.push(items);
    }, 3);
    await Promise.all([commit.submit([1, 2]), commit.submit([3, 4]), commit.submit([5, 6, 7, 8]), commit.submit([9])]);
    expect(runs).toEqual([[1, 2], [3, 4], [5, 6, 7, 8], [9]]);
  });

  it('fails every caller of a failed run and carries on with the next', async () => {
    const gate = deferred();
    let calls = 0;
    const commit = new GroupCommit<string>(async (items) => {
      calls += 1;
      if (calls === 1) {
        await gate.promise;
        throw new Error(`poison among ${items.join(',')}`);
      }
    }, 10);
    const failed = [commit.submit(['a']), commit.submit(['b'])];
    await new Promise((resolve) => setImmediate(resolve));
    const next = commit.submit(['c']);
    gate.release();
    await expect(failed[0]).rejects.toThrow('poison among a,b');
    await expect(failed[1]).rejects.toThrow('poison among a,b');
    await expect(next).resolves.toBeUndefined();
    expect(calls).toBe(2);
  });

  it('runs a caller that asks to be alone by itself', async () => {
    const runs: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => {
      runs.push(items);
    }, 100);
    await Promise.all([commit.submit([1]), commit.submit([2], { alone: true }), commit.submit([3]), commit.submit([4])]);
    expect(runs).toEqual([[1], [2], [3, 4]]);
  });

  it('with a linger, starts runs at most that often, so callers arriving in between share one; a full run does not wait', async () => {
    const runs: number[][] = [];
    const commit = new GroupCommit<number>(async (items) => {
      runs.push(items);
    }, 3, 150);
    const started = performance.now();
    await commit.submit([1]); // the first run does not wait
    const second = commit.submit([2]);
    // After the drain's own turn of the event loop: without the linger, [2] would be running alone by now.
    await new Promise((resolve) => setImmediate(resolve));
    const third = commit.submit([3]);
    await Promise.all([second, third]);
    expect(runs).toEqual([[1], [2, 3]]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    const beforeFull = performance.now();
    await commit.submit([4, 5, 6]); // maxItems waiting: no linger
    expect(runs.at(-1)).toEqual([4, 5, 6]);
    expect(performance.now() - beforeFull).toBeLessThan(140);
  });
});
