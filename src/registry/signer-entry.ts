/**
 * How a signer is written in a letter: a bare id while nothing but "confirmed" is
 * known, else `{ id, status, signed_on, text }` with only the fields that are set.
 */
import type { SignerStatus } from '../model/schema.js';
import type { Signer } from '../workspace/signers.js';

export function signerEntry(signer: { id: string; status: SignerStatus; signedOn?: string; text?: string; publish?: false }): unknown {
  if (signer.status === 'confirmed' && !signer.signedOn && !signer.text && signer.publish !== false) return signer.id;
  return {
    id: signer.id,
    status: signer.status,
    ...(signer.signedOn ? { signed_on: signer.signedOn } : {}),
    ...(signer.text ? { text: signer.text } : {}),
    // Never lost when a signer is confirmed or re-signed: the organization asked not to be named.
    ...(signer.publish === false ? { publish: false } : {}),
  };
}

export function sameSigner(a: Signer, b: { status: SignerStatus; signedOn?: string; text?: string }): boolean {
  return a.status === b.status && a.signedOn === b.signedOn && a.text === b.text;
}
