import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AnchorFile } from './anchor-file';
import { DEVELOPMENT_ANCHOR_KEYS, signAnchor } from './audit-anchor';

describe('anchor file', () => {
  it('finds the latest anchor from the tail of a long file, and none in a missing one', () => {
    const file = new AnchorFile(path.join(mkdtempSync(path.join(tmpdir(), 'zc-anchors-')), 'anchors.jsonl'));
    expect(file.latest()).toBeUndefined();
    for (let seq = 1; seq <= 200; seq += 1) file.append(signAnchor({ seq: BigInt(seq), hash: seq.toString(16).padStart(64, '0') }, new Date(), DEVELOPMENT_ANCHOR_KEYS));
    expect(file.latest()?.seq).toBe('200');
    expect(file.readAll()).toHaveLength(200);
  });
});
