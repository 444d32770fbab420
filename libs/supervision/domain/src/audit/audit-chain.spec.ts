import { auditRowsInPages, canonicalEventText, chainHash, GENESIS_HASH, verifyChain, type AuditRow } from './audit-chain';

function eventId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
}

/** A well-formed chain of `length` records, as the appender writes them. */
function chain(length: number): AuditRow[] {
  const rows: AuditRow[] = [];
  for (let n = 1; n <= length; n++) {
    const event = canonicalEventText({ id: eventId(n), type: 'intake.declaration.submitted.v1', data: { n } });
    const previousHash = rows.at(-1)?.hash ?? GENESIS_HASH;
    rows.push({ seq: BigInt(n), eventId: eventId(n), event, previousHash, hash: chainHash(previousHash, BigInt(n), event) });
  }
  return rows;
}

describe('audit chain (R-SV-4)', () => {
  it('verifies a good chain and reports its head', async () => {
    const rows = chain(5);
    expect(await verifyChain(rows)).toEqual({ ok: true, checked: 5, head: { seq: '5', hash: rows[4].hash } });
  });

  it('verifies an empty chain, with no head', async () => {
    expect(await verifyChain([])).toEqual({ ok: true, checked: 0, head: null });
  });

  it('names a record whose event text was edited, by its own hash', async () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], event: rows[2].event.replace('"n":3', '"n":33') };
    expect(await verifyChain(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: '3', eventId: eventId(3), reason: expect.stringContaining('hash does not match') },
    });
  });

  it('names the record whose hash was edited, not the next one whose link it breaks', async () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], hash: 'f'.repeat(64) };
    expect(await verifyChain(rows)).toMatchObject({ ok: false, firstBroken: { seq: '3', reason: expect.stringContaining('hash does not match') } });
  });

  it('names the record after one replaced by a consistent forgery', async () => {
    const rows = chain(5);
    const forged = canonicalEventText({ id: eventId(3), type: 'intake.declaration.submitted.v1', data: { n: 'forged' } });
    rows[2] = { ...rows[2], event: forged, hash: chainHash(rows[2].previousHash, 3n, forged) };
    expect(await verifyChain(rows)).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: '4', reason: expect.stringContaining('previousHash is not the hash of seq 3') } });
  });

  it('names the record after a removed one by the seq gap', async () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(await verifyChain(rows)).toEqual({
      ok: false,
      checked: 2,
      firstBroken: { seq: '4', eventId: eventId(4), reason: 'seq 3 is missing: a record was removed before this one' },
    });
  });

  it('binds each hash to its seq', () => {
    expect(chainHash(GENESIS_HASH, 1n, '{}')).not.toBe(chainHash(GENESIS_HASH, 2n, '{}'));
  });

  it('names a record moved to another seq', async () => {
    const rows = chain(5).slice(0, 2);
    const [, second] = chain(5).slice(2);
    rows.push({ ...second, seq: 3n });
    expect(await verifyChain(rows)).toMatchObject({ ok: false, firstBroken: { seq: '3', eventId: eventId(4) } });
  });

  it('names the first record when the chain does not start at seq 1', async () => {
    expect(await verifyChain(chain(3).slice(1))).toMatchObject({ ok: false, checked: 0, firstBroken: { seq: '2', reason: expect.stringContaining('seq 1 is missing') } });
  });

  it('names a record whose eventId column was edited', async () => {
    const rows = chain(3);
    rows[1] = { ...rows[1], eventId: eventId(99) };
    expect(await verifyChain(rows)).toMatchObject({ ok: false, firstBroken: { seq: '2', reason: expect.stringContaining('eventId') } });
  });

  it('writes the same text whatever the key order, sorting nested objects and keeping array order', () => {
    const a = { b: 1, a: { y: [3, { d: 1, c: 2 }], x: null }, 10: 'ten', 2: 'two' };
    const b = { 2: 'two', a: { x: null, y: [3, { c: 2, d: 1 }] }, 10: 'ten', b: 1 };
    expect(canonicalEventText(a)).toBe(canonicalEventText(b));
    expect(canonicalEventText(a)).toBe('{"10":"ten","2":"two","a":{"x":null,"y":[3,{"c":2,"d":1}]},"b":1}');
  });

  it('writes values as JSON does: undefined members left out, dates as ISO strings', () => {
    expect(canonicalEventText({ gone: undefined, at: new Date('2024-01-02T03:04:05.000Z'), list: [undefined] })).toBe('{"at":"2024-01-02T03:04:05.000Z","list":[null]}');
  });

  it('reads every record a page at a time', async () => {
    const rows = chain(7);
    const asked: bigint[] = [];
    const read = async (afterSeq: bigint, limit: number) => {
      asked.push(afterSeq);
      return rows.filter((row) => row.seq > afterSeq).slice(0, limit);
    };
    expect(await verifyChain(auditRowsInPages(read, 3))).toMatchObject({ ok: true, checked: 7 });
    expect(asked.slice(1)).toEqual([3n, 6n]);
  });
});
