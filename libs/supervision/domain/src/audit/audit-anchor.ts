import { sm2 } from 'sm-crypto-v2';

/**
 * The chain's head at a moment, signed (SM2 with SM3) and kept outside supervision's database: a
 * record cut off the end, or a suffix rewritten with consistent hashes, leaves no trace in the
 * chain itself, but no longer matches an anchor written before the tampering (R-SV-4).
 */
export interface AuditAnchor {
  seq: string;
  hash: string;
  /** ISO time the anchor was signed. */
  at: string;
  signature: string;
}

export interface AnchorKeys {
  privateKey: string;
  publicKey: string;
}

/** A development key pair for local runs and tests; configuration refuses it in production. */
export const DEVELOPMENT_ANCHOR_KEYS: AnchorKeys = {
  privateKey: '7ff28d7dca6e05eb8c780ab5378eca339ce6f3d29fd0e592957f2ab6672e871f',
  publicKey: '04ef4ddf9fc7fa4b3c2e4dc89a4bd2550c8e4c38327aa1af6127d550ab6d4644a538e4a70d8efd9c3ededb2b272b58f55d33b79fa732fdcfe06aa3cde47a07f872',
};

/** What is signed: a fixed prefix (so no other signed text of ours can pass for an anchor), seq, hash, time. */
function anchorText(anchor: Omit<AuditAnchor, 'signature'>): string {
  return `zc-audit-anchor\n${anchor.seq}\n${anchor.hash}\n${anchor.at}`;
}

export function signAnchor(head: { seq: bigint | string; hash: string }, at: Date, keys: AnchorKeys): AuditAnchor {
  const unsigned = { seq: head.seq.toString(), hash: head.hash, at: at.toISOString() };
  return { ...unsigned, signature: sm2.doSignature(anchorText(unsigned), keys.privateKey, { hash: true, publicKey: keys.publicKey }) };
}

export function anchorSignatureValid(anchor: AuditAnchor, publicKey: string): boolean {
  try {
    return /^\d+$/.test(anchor.seq) && sm2.doVerifySignature(anchorText(anchor), anchor.signature, publicKey, { hash: true });
  } catch {
    return false;
  }
}
