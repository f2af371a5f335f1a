/**
 * Text fingerprints: which version of a letter's text a signer confirmed. The hash
 * covers every language's body after normalization (NFC, no trailing spaces, one
 * blank line at most, LF), so re-wrapping whitespace does not count as a new text
 * but changing a word in any language does.
 */
import { createHash } from 'node:crypto';
import { rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';
import { normalizeSignerRef, type Signer } from '../workspace/signers.js';
import { SignerRefSchema } from '../model/schema.js';

/** Hex digits kept: 40 bits, plenty to tell a letter's drafts apart. */
const LENGTH = 10;

export function normalizeBody(markdown: string): string {
  return markdown
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The fingerprint of bodies keyed by language; the languages' order does not matter. */
export function textFingerprint(bodies: ReadonlyMap<string, { markdown: string }>): string {
  const hash = createHash('sha256');
  for (const lang of [...bodies.keys()].sort()) {
    hash.update(`${lang}\n${normalizeBody(bodies.get(lang)!.markdown)}\n\0`);
  }
  return hash.digest('hex').slice(0, LENGTH);
}

export function letterFingerprint(letter: Pick<LoadedLetter, 'bodies'>): string {
  return textFingerprint(letter.bodies);
}

export interface StaleSigner extends Signer {
  /** The fingerprint they confirmed. */
  text: string;
  /** 1-based line of the signer's entry in the letter file. */
  line: number;
  column: number;
}

/** The letter's signatories as recorded, valid entries only (usable on letters with other errors). */
export function recordedSigners(letter: LoadedLetter): Signer[] {
  const list = rawFrontMatter(letter).signatories;
  if (!Array.isArray(list)) return [];
  return list.flatMap((ref, index) => {
    const parsed = SignerRefSchema.safeParse(ref);
    return parsed.success ? [normalizeSignerRef(parsed.data, index)] : [];
  });
}

/**
 * Confirmed signers whose recorded text differs from the letter's current text: they
 * have not seen what will be sent. Signers with no recorded text are not listed
 * (nothing is known about what they saw); `coalition status` counts them apart.
 */
export function staleSigners(letter: LoadedLetter): StaleSigner[] {
  if (!letter.source || letter.bodies.size === 0) return [];
  const current = letterFingerprint(letter);
  return recordedSigners(letter)
    .filter((s): s is Signer & { text: string } => s.status === 'confirmed' && s.text !== undefined && s.text !== current)
    .map((s) => ({ ...s, ...letter.source!.locate(['signatories', s.index]) }));
}
