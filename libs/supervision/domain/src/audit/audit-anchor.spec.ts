import { anchorSignatureValid, DEVELOPMENT_ANCHOR_KEYS, signAnchor } from './audit-anchor';
import { canonicalEventText, chainHash, GENESIS_HASH, verifyChain, type AuditRow } from './audit-chain';

const AT = new Date('2026-12-06T08:00:00Z');
const { publicKey } = DEVELOPMENT_ANCHOR_KEYS;

function chain(length: number, tag = 'n'): AuditRow[] {
  const rows: AuditRow[] = [];
  for (let n = 1; n <= length; n++) {
    const id = `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
    const event = canonicalEventText({ id, type: 'intake.declaration.submitted.v1', data: { [tag]: n } });
    const previousHash = rows.at(-1)?.hash ?? GENESIS_HASH;
    rows.push({ seq: BigInt(n), eventId: id, event, previousHash, hash: chainHash(previousHash, BigInt(n), event) });
  }
  return rows;
}

const anchorOf = (rows: AuditRow[], seq: number) => signAnchor(rows[seq - 1]!, AT, DEVELOPMENT_ANCHOR_KEYS);

describe('audit anchors: signed heads kept outside the database (R-SV-4)', () => {
  it('signs a head with SM2 so that only the key holder makes a valid one', () => {
    const anchor = anchorOf(chain(3), 3);
    expect(anchorSignatureValid(anchor, publicKey)).toBe(true);
    expect(anchorSignatureValid({ ...anchor, seq: '4' }, publicKey)).toBe(false);
    expect(anchorSignatureValid({ ...anchor, hash: 'f'.repeat(64) }, publicKey)).toBe(false);
  });

  it('passes a chain that holds every anchored head, and says which anchor is the latest', async () => {
    const rows = chain(8);
    expect(await verifyChain(rows, { anchors: [anchorOf(rows, 3), anchorOf(rows, 6)], publicKey })).toEqual({
      ok: true,
      checked: 8,
      head: { seq: '8', hash: rows[7]!.hash },
      anchored: { seq: '6', at: AT.toISOString() },
    });
  });

  it('names a cut tail: the chain ends before a head that was anchored', async () => {
    const rows = chain(8);
    const verdict = await verifyChain(rows.slice(0, 4), { anchors: [anchorOf(rows, 6)], publicKey });
    expect(verdict).toEqual({ ok: false, checked: 4, firstBroken: { seq: '5', eventId: '', reason: expect.stringMatching(/^seqs 5–6 are missing: the chain ends at seq 4 but its head was anchored at seq 6/) } });
  });

  it('names a suffix rewritten with consistent hashes at the anchor it contradicts', async () => {
    const original = chain(8);
    const rewritten = [...original.slice(0, 2), ...chain(8, 'forged').slice(2)];
    // Rehash from the first forged record on, as a forger would, so that the chain alone is consistent.
    for (let i = 2; i < rewritten.length; i++) {
      rewritten[i] = { ...rewritten[i]!, previousHash: rewritten[i - 1]!.hash, hash: chainHash(rewritten[i - 1]!.hash, rewritten[i]!.seq, rewritten[i]!.event) };
    }
    expect((await verifyChain(rewritten)).ok).toBe(true);
    const verdict = await verifyChain(rewritten, { anchors: [anchorOf(original, 5)], publicKey });
    expect(verdict).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: '5', reason: expect.stringContaining('is not the one anchored') } });
  });

  it('refuses an anchor whose signature does not verify (the anchor store was edited)', async () => {
    const rows = chain(4);
    const forged = { ...anchorOf(rows, 4), seq: '2', hash: rows[1]!.hash };
    expect(await verifyChain(rows, { anchors: [forged], publicKey })).toMatchObject({ ok: false, firstBroken: { seq: '2', reason: expect.stringContaining('no valid signature') } });
  });
});
