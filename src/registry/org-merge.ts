/**
 * `org merge <keep> <drop>`: one organization registered twice becomes one. Every
 * letter's reference to `drop` becomes `keep` with its status, date and text
 * fingerprint; a letter that lists both keeps one entry (the confirmed one when only
 * one is); a letterhead naming `drop` names `keep`; fields only `drop` has are copied
 * to `keep`; `drop` is removed. Every edit is worked out before anything is written,
 * under the workspace lock; the letters are written first and the registry last, so a
 * failure part-way never leaves a letter naming an id the registry no longer has.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { openLetterForEdit, saveLetterEdit, type LetterEdit } from '../workspace/letter-edit.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { openRegistryForEdit, saveRegistryEdit } from '../workspace/registry-edit.js';
import type { Signer } from '../workspace/signers.js';
import { loadLetter, rawFrontMatter } from '../workspace/read-letter.js';
import { displayPath, listLetters } from '../workspace/workspace.js';
import { recordedSigners } from './fingerprint.js';
import { unknownId } from './org-ops.js';
import { signerEntry } from './signer-entry.js';

export interface MergedLetter {
  file: string;
  /** `renamed`: drop's entry now names keep; `combined`: the letter listed both, one entry is left; `letterhead`: only its letterhead named drop. */
  outcome: 'renamed' | 'combined' | 'letterhead';
}

export interface MergeResult {
  letters: MergedLetter[];
  /** Fields of `drop` copied to `keep`, which lacked them. */
  copied: string[];
}

/** Confirmed beats pending, which beats withdrawn: what a letter listing both keeps. */
const RANK = { confirmed: 2, pending: 1, withdrawn: 0 } as const;

export async function mergeOrgs(root: string, keep: string, drop: string): Promise<MergeResult> {
  if (keep === drop) {
    throw new CoalitionError(`cannot merge "${keep}" into itself`, { code: 'merge-same-id', exitCode: ExitCode.usage, hint: 'Name the entry to keep, then the one to remove: coalition org merge wola wola-2' });
  }
  return withWorkspaceLock(root, async () => {
    const registry = await openRegistryForEdit(root);
    for (const id of [keep, drop]) if (!registry.registry.signatories.has(id)) throw unknownId(id, registry.registry.signatories.keys());

    const edits: { edit: LetterEdit; outcome: MergedLetter['outcome'] }[] = [];
    for (const path of await listLetters(root)) {
      const file = displayPath(root, path);
      const letter = await loadLetter(path, file).catch(() => undefined);
      if (!letter || (rawFrontMatter(letter).letterhead !== drop && !recordedSigners(letter).some((s) => s.id === drop))) continue;
      const edit = await openLetterForEdit(root, path, file);
      edits.push({ edit, outcome: mergeInLetter(edit, keep, drop) });
    }

    const entry = (id: string) => registry.editor.get(['signatories', id]) as Record<string, unknown>;
    const { merged, copied } = fillFrom(entry(keep), entry(drop));
    if (copied.length) registry.editor.set(['signatories', keep], merged);
    registry.editor.delete(['signatories', drop]);

    for (const { edit } of edits) await saveLetterEdit(edit);
    await saveRegistryEdit(registry);
    return { letters: edits.map(({ edit, outcome }) => ({ file: edit.letter.file, outcome })), copied };
  });
}

function mergeInLetter(edit: LetterEdit, keep: string, drop: string): MergedLetter['outcome'] {
  const front = edit.editor.toJS() as { letterhead?: unknown };
  if (front.letterhead === drop) edit.editor.set(['letterhead'], keep);
  const drops = edit.signers.filter((s) => s.id === drop);
  if (drops.length === 0) return 'letterhead';
  const kept = edit.signers.find((s) => s.id === keep);
  const entryFor = (s: Signer) => signerEntry({ id: keep, status: s.status, ...(s.signedOn ? { signedOn: s.signedOn } : {}), ...(s.text ? { text: s.text } : {}), ...(s.publish === false ? { publish: false as const } : {}) });
  const removed: number[] = [];
  if (kept) {
    const best = drops.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
    if (RANK[best.status] > RANK[kept.status]) edit.editor.set(['signatories', kept.index], entryFor(best));
    removed.push(...drops.map((s) => s.index));
  } else {
    edit.editor.set(['signatories', drops[0]!.index], entryFor(drops[0]!));
    removed.push(...drops.slice(1).map((s) => s.index));
  }
  // Highest index first, so the others stay valid.
  for (const index of removed.sort((a, b) => b - a)) edit.editor.delete(['signatories', index]);
  return kept ? 'combined' : 'renamed';
}

/** `keep` with the fields only `drop` has; per-language maps gain the languages they lack. */
function fillFrom(keep: Record<string, unknown>, drop: Record<string, unknown>): { merged: Record<string, unknown>; copied: string[] } {
  const merged = structuredClone(keep);
  const copied: string[] = [];
  for (const [key, value] of Object.entries(drop)) {
    // What kind of entry `keep` is, is not for `drop` to say.
    if (key === 'kind') continue;
    const current = merged[key];
    if (current === undefined) {
      merged[key] = value;
      copied.push(key);
    } else if (isMap(current) && isMap(value)) {
      const missing = Object.keys(value).filter((k) => current[k] === undefined);
      for (const k of missing) current[k] = value[k];
      copied.push(...missing.map((k) => `${key}.${k}`));
    }
  }
  return { merged, copied };
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
