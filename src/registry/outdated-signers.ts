/**
 * Signers who confirmed an earlier text, said once per letter: how many, and what
 * changed since the text most of them saw ("23 signers confirmed an earlier text
 * (changed: es ¶2)"). A fingerprint cannot be read back into a text, but a released
 * version keeps the letter as it was (its manifest's snapshot): when the text they
 * confirmed is one a release holds, its paragraphs are compared with today's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter, rawFrontMatter, type LoadedLetter } from '../workspace/read-letter.js';
import { letterSlug } from '../workspace/workspace.js';
import { letterFingerprint, staleSigners, type StaleSigner } from './fingerprint.js';
import { paragraphChanges } from './paragraph-diff.js';

export interface OutdatedSigners {
  /** Confirmed signers whose recorded text is not the current one, in the letter's order. */
  signers: StaleSigner[];
  /** What changed since the text most of them confirmed ("es ¶2, en ¶2"), when a release holds that text. */
  changed?: string;
}

/** The letter's outdated signers and what changed for them; undefined when there are none. */
export function outdatedSigners(root: string, letter: LoadedLetter): OutdatedSigners | undefined {
  const signers = staleSigners(letter);
  if (!signers.length) return undefined;
  const counts = new Map<string, number>();
  for (const s of signers) counts.set(s.text, (counts.get(s.text) ?? 0) + 1);
  const [mostSeen] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const earlier = releasedText(root, letter, mostSeen);
  return { signers, ...(earlier ? { changed: describeChanges(earlier, letter) } : {}) };
}

/** "23 signers confirmed an earlier text (changed: es ¶2)"; one signer is named. */
export function describeOutdated(outdated: OutdatedSigners): string {
  const n = outdated.signers.length;
  const who = n === 1 ? `"${outdated.signers[0]!.id}"` : `${n} signers`;
  return `${who} confirmed an earlier text${outdated.changed ? ` (changed: ${outdated.changed})` : ''}`;
}

/** The bodies of the released version whose text has fingerprint `text`, if one has. */
function releasedText(root: string, letter: LoadedLetter, text: string): LoadedLetter['bodies'] | undefined {
  const date = letter.frontMatter?.date ?? rawFrontMatter(letter).date;
  if (typeof date !== 'string') return undefined;
  // As src/release/release-store.ts names it (a lower layer cannot import it).
  const folder = join(root, 'releases', `${date}-${letterSlug(letter.name)}`.replace(/[/\\]/g, '_'));
  if (!existsSync(folder)) return undefined;
  let versions: string[];
  try {
    versions = readdirSync(folder).filter((name) => /^v[1-9]\d*$/.test(name)).sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)));
  } catch {
    return undefined;
  }
  for (const version of versions) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, version, 'manifest.json'), 'utf8')) as { snapshot?: { letter?: unknown } };
      const snapshot = manifest.snapshot?.letter;
      if (typeof snapshot !== 'string') continue;
      const then = parseLetter(snapshot, letter.file);
      if (then.bodies.size && letterFingerprint(then) === text) return then.bodies;
    } catch {
      // A damaged manifest is `release --verify`'s to report; here it only tells nothing.
    }
  }
  return undefined;
}

/** "es ¶2, en ¶2–3": the paragraphs of each language that differ from the earlier text. */
function describeChanges(earlier: LoadedLetter['bodies'], letter: LoadedLetter): string {
  const langs = letter.frontMatter?.languages.filter((l) => letter.bodies.has(l)) ?? [...letter.bodies.keys()];
  const parts: string[] = [];
  for (const lang of langs) {
    const before = earlier.get(lang);
    if (!before) {
      parts.push(`${lang} added`);
      continue;
    }
    const changes = paragraphChanges(before.markdown, letter.bodies.get(lang)!.markdown);
    if (!changes.length) continue;
    const where = changes.map((c) => `¶${c.from === c.to ? c.from : `${c.from}–${c.to}`}${c.kind === 'removed' ? ' removed' : ''}`);
    parts.push(`${lang} ${where.join(', ')}`);
  }
  return parts.join(', ') || 'spacing only';
}
