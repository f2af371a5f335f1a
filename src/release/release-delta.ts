/**
 * For `coalition status`: the letter's last released version and what changed since —
 * signers added, withdrawn or removed (printed then, not now), languages whose text
 * changed — measured against today's letter and registry.
 */
import { recordedSigners, textFingerprint } from '../registry/fingerprint.js';
import { displayName } from '../resolve/signatory-list.js';
import { loadLetter } from '../workspace/read-letter.js';
import { openWorkspace } from '../workspace/load.js';
import { displayPath } from '../workspace/workspace.js';
import { signerChanges, type ListedRow } from './changes.js';
import { releasedOn } from './manifest.js';
import { readReleasedJson } from './release-file.js';
import { latestVersion, releaseSeries, versionName } from './release-store.js';

export interface ReleaseDelta {
  version: string;
  /** The day it was released. */
  date: string;
  signers: number;
  added: string[];
  withdrew: string[];
  removed: string[];
  renamed: string[];
  /** Languages whose text differs from the released one. */
  text_changed: string[];
}

/** Undefined when the letter has no release. */
export async function releaseDelta(root: string, letterPath: string): Promise<ReleaseDelta | undefined> {
  const letter = await loadLetter(letterPath, displayPath(root, letterPath));
  const series = await releaseSeries(root, letter);
  const last = await latestVersion(series);
  if (!last) return undefined;
  // The registry only for a released letter: `status` of a letter never released reads it once, not twice.
  const ws = await openWorkspace(root);
  const { manifest } = last;
  const primary = manifest.letter.languages[0]!;
  const released = await readReleasedJson(last, 'signatories.json') as ListedRow[];
  const signers = recordedSigners(letter);
  const now = signers.flatMap((s): ListedRow[] => {
    const entry = ws.registry.signatories.get(s.id);
    // An unnamed signer (`publish: false`) is in no released list: never "added since".
    return s.status === 'confirmed' && s.publish !== false && entry ? [{ id: s.id, printed: { [primary]: displayName(entry, primary) } }] : [];
  });
  const changes = signerChanges(released, now, signers, primary);
  const text_changed = [...letter.bodies.keys()].filter((lang) => manifest.text[lang] !== undefined && manifest.text[lang] !== textFingerprint(new Map([[lang, letter.bodies.get(lang)!]])));
  return {
    version: versionName(last.version),
    date: releasedOn(manifest),
    signers: manifest.signers,
    added: changes.added.map((s) => s.name),
    withdrew: changes.withdrew.map((s) => s.name),
    removed: changes.removed.map((s) => s.name),
    renamed: changes.renamed.map((r) => `${r.from} → ${r.to}`),
    text_changed,
  };
}

/** "v1 released 2022-10-12; 3 signers added since". */
export function describeDelta(d: ReleaseDelta): string {
  const count = (n: number, what: string) => `${n} signer${n === 1 ? '' : 's'} ${what}`;
  const parts = [
    ...(d.added.length ? [count(d.added.length, 'added')] : []),
    ...(d.withdrew.length ? [count(d.withdrew.length, 'withdrew')] : []),
    ...(d.removed.length ? [count(d.removed.length, 'removed')] : []),
    ...(d.renamed.length ? [count(d.renamed.length, 'renamed')] : []),
    ...(d.text_changed.length ? [`the ${d.text_changed.join(' and ')} text changed`] : []),
  ];
  return `${d.version} released ${d.date}; ${parts.length ? `${parts.join(', ')} since` : 'no signer or text changed since'}`;
}
