import { createHash } from 'node:crypto';
import { anchorSignatureValid, type AuditAnchor } from './audit-anchor';

/** What the first record links back to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The start of keyset paging: below any seq, so a row tampered down to 0 or less is still read. */
export const BEFORE_FIRST_SEQ = -(2n ** 63n);

export interface AuditRow {
  seq: bigint;
  eventId: string;
  event: string;
  previousHash: string;
  hash: string;
}

/** `checked` counts the rows found intact (before the broken one, if any); seqs are strings to stay JSON-safe. */
export type ChainVerdict =
  | { ok: true; checked: number; head: { seq: string; hash: string } | null; anchored?: { seq: string; at: string } | null }
  | { ok: false; checked: number; firstBroken: { seq: string; eventId: string; reason: string } };

/** The signed heads kept outside the database, and the key that vouches for them. */
export interface AnchorCheck {
  anchors: readonly AuditAnchor[];
  publicKey: string;
}

/** Reads up to `limit` rows with seq > `afterSeq`, in seq order. */
export type AuditPageReader = (afterSeq: bigint, limit: number) => Promise<AuditRow[]>;

/**
 * JSON with every object's keys sorted (by UTF-16 code units, as RFC 8785 does) and no
 * whitespace, so the same event always hashes the same whatever order its producer wrote the
 * keys in. Values are written as JSON.stringify writes them (undefined members left out, toJSON
 * honoured). The keys are written by hand because a JS object lists integer-like keys ("2",
 * "10") first in numeric order whatever order they were inserted in.
 */
export function canonicalEventText(envelope: unknown): string {
  const text = canonical(envelope);
  if (text === undefined) throw new Error('An audit event must be a JSON value');
  return text;
}

function canonical(value: unknown): string | undefined {
  const plain = hasToJson(value) ? value.toJSON() : value;
  if (Array.isArray(plain)) return `[${plain.map((item) => canonical(item) ?? 'null').join(',')}]`;
  if (plain !== null && typeof plain === 'object') {
    const members = Object.keys(plain)
      .sort()
      .flatMap((key) => {
        const member = canonical((plain as Record<string, unknown>)[key]);
        return member === undefined ? [] : [`${JSON.stringify(key)}:${member}`];
      });
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(plain);
}

function hasToJson(value: unknown): value is { toJSON(): unknown } {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/**
 * The hash of one record. The seq is hashed too, so each hash commits to its record's position:
 * a row renumbered (moved, or closing the gap a dropped one left) no longer matches its own
 * hash, and a head hash kept elsewhere also vouches for how many records came before it. The
 * encoding is unambiguous: the previous hash is 64 hex characters and the seq decimal digits,
 * neither holding a newline, and the event text is everything after the second one.
 */
export function chainHash(previousHash: string, seq: bigint, eventText: string): string {
  return createHash('sha256').update(`${previousHash}\n${seq}\n${eventText}`, 'utf8').digest('hex');
}

/**
 * Walks the records in seq order and names the first that breaks the chain, with why. A record
 * edited in place fails its own hash; a record removed leaves a seq gap, named at the first seq
 * after it; a record replaced by one with a consistent hash breaks the link of the one after it.
 * Records cut off the end, or a suffix rewritten with consistent hashes, leave no trace in the
 * chain itself: with `anchors`, each signed head must be a record of the chain with that very
 * hash, so such tampering is named at the first anchor it contradicts.
 */
export async function verifyChain(rows: AsyncIterable<AuditRow> | Iterable<AuditRow>, check?: AnchorCheck): Promise<ChainVerdict> {
  const anchors = new Map<string, AuditAnchor>();
  for (const anchor of check?.anchors ?? []) {
    if (!anchorSignatureValid(anchor, check?.publicKey ?? '')) {
      return { ok: false, checked: 0, firstBroken: { seq: String(anchor.seq), eventId: '', reason: `the anchor of seq ${anchor.seq} (${anchor.at}) carries no valid signature: the anchor store was tampered with` } };
    }
    anchors.set(anchor.seq, anchor);
  }
  let checked = 0;
  let previous: AuditRow | null = null;
  for await (const row of rows) {
    const anchor = anchors.get(row.seq.toString());
    const reason = brokenLink(row, previous) ?? (anchor && anchor.hash !== row.hash ? `hash is not the one anchored at ${anchor.at}: the records up to this one were rewritten since` : null);
    if (reason) return { ok: false, checked, firstBroken: { seq: row.seq.toString(), eventId: row.eventId, reason } };
    checked += 1;
    previous = row;
  }
  const last = previous ? previous.seq : 0n;
  const latest = [...anchors.values()].reduce<AuditAnchor | null>((top, anchor) => (!top || BigInt(anchor.seq) > BigInt(top.seq) ? anchor : top), null);
  if (latest && BigInt(latest.seq) > last) {
    const missing = BigInt(latest.seq) === last + 1n ? `seq ${last + 1n} is` : `seqs ${last + 1n}–${latest.seq} are`;
    return { ok: false, checked, firstBroken: { seq: (last + 1n).toString(), eventId: '', reason: `${missing} missing: the chain ends at seq ${last} but its head was anchored at seq ${latest.seq} (${latest.at}); records were cut off the end` } };
  }
  return { ok: true, checked, head: previous ? { seq: previous.seq.toString(), hash: previous.hash } : null, ...(check ? { anchored: latest ? { seq: latest.seq, at: latest.at } : null } : {}) };
}

function brokenLink(row: AuditRow, previous: AuditRow | null): string | null {
  const expectedSeq = previous ? previous.seq + 1n : 1n;
  if (row.seq > expectedSeq) {
    const missing = row.seq - expectedSeq === 1n ? `seq ${expectedSeq} is` : `seqs ${expectedSeq}–${row.seq - 1n} are`;
    return `${missing} missing: a record was removed before this one`;
  }
  if (row.seq < expectedSeq) return `seq ${row.seq} comes where seq ${expectedSeq} was expected: the records are out of order`;
  const expectedPrevious = previous ? previous.hash : GENESIS_HASH;
  if (row.previousHash !== expectedPrevious) {
    const link = previous ? `the hash of seq ${previous.seq}` : 'the genesis hash';
    return `previousHash is not ${link}: the record before this one was replaced, or this one was moved or its previousHash edited`;
  }
  if (row.hash !== chainHash(row.previousHash, row.seq, row.event)) return 'hash does not match the record: its event text or its hash was edited';
  if (eventIdOf(row.event) !== row.eventId) return 'eventId is not the id of the event hashed: the eventId was edited';
  return null;
}

function eventIdOf(eventText: string): unknown {
  try {
    return (JSON.parse(eventText) as { id?: unknown } | null)?.id;
  } catch {
    return undefined;
  }
}

/** Every record in seq order, a page at a time, so no caller holds the whole log in memory. */
export async function* auditRowsInPages(readPage: AuditPageReader, pageSize = 1000): AsyncGenerator<AuditRow> {
  let afterSeq = BEFORE_FIRST_SEQ;
  for (;;) {
    const page = await readPage(afterSeq, pageSize);
    yield* page;
    if (page.length < pageSize) return;
    afterSeq = page[page.length - 1].seq;
  }
}
