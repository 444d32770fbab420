import { assertEventFits, EventTooLargeError, MAX_BATCH_BYTES, MAX_EVENT_BYTES, prefixWithin } from './message-size';

const row = (bytes: number) => ({ payload: 'x'.repeat(bytes) });

describe('message sizes against the broker limit', () => {
  it('takes an event up to the limit and refuses a larger one, naming its type and size', () => {
    expect(() => assertEventFits('a.v1', 'x'.repeat(MAX_EVENT_BYTES))).not.toThrow();
    expect(() => assertEventFits('a.v1', 'x'.repeat(MAX_EVENT_BYTES + 1))).toThrow(EventTooLargeError);
    expect(() => assertEventFits('a.v1', 'x'.repeat(MAX_EVENT_BYTES + 1))).toThrow(/a\.v1 is 524289 bytes/);
  });

  it('counts bytes, not characters (Chinese text is three bytes a character)', () => {
    expect(() => assertEventFits('a.v1', '评'.repeat(MAX_EVENT_BYTES / 3 + 1))).toThrow(EventTooLargeError);
  });

  it('cuts a batch before it outgrows the batch limit, in order, and always takes the first row', () => {
    const rows = [row(300_000), row(300_000), row(300_000), row(10)];
    expect(prefixWithin(rows)).toEqual(rows.slice(0, 2));
    expect(prefixWithin([row(MAX_BATCH_BYTES + 5), row(1)])).toHaveLength(1);
    expect(prefixWithin([])).toEqual([]);
    const small = Array.from({ length: 100 }, () => row(800));
    expect(prefixWithin(small)).toHaveLength(100);
  });
});
