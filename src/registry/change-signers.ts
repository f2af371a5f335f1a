/**
 * `sign`, `unsign`, `confirm` and `withdraw`: one read-modify-write of a letter's
 * `signatories:` under the workspace lock. Unknown ids fail before anything is written.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import type { SignerStatus } from '../model/schema.js';
import { suggestIds, type Signer } from '../workspace/signers.js';
import { openWorkspace } from '../workspace/load.js';
import { displayPath } from '../workspace/workspace.js';
import { letterFingerprint } from './fingerprint.js';
import { openLetterForEdit, saveLetterEdit } from '../workspace/letter-edit.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { sameSigner, signerEntry } from './signer-entry.js';
import { localToday } from '../i18n/intl.js';

export type SignAction = 'sign' | 'unsign' | 'confirm' | 'withdraw';

export interface SignerChange {
  id: string;
  /** What happened: `unchanged` and `absent` are the no-ops (with `previous` telling why). */
  outcome: 'added' | 'removed' | 'updated' | 'unchanged' | 'absent';
  previous?: SignerStatus;
  status?: SignerStatus;
}

export interface ChangeSignersResult {
  file: string;
  changes: SignerChange[];
  written: boolean;
  /** The letter's current text fingerprint. */
  text: string;
}

export interface ChangeSignersOptions {
  pending?: boolean;
  /** The date recorded as `signed_on` (default: today). */
  date?: string;
  /** `confirm` only: also every confirmed signer whose recorded text is not the current one. */
  outdated?: boolean;
  /** `confirm` only: also every pending signer (`--all-pending`), each recorded with the current text. */
  allPending?: boolean;
}

export async function changeSigners(
  root: string,
  letterPath: string,
  action: SignAction,
  ids: readonly string[],
  options: ChangeSignersOptions = {},
): Promise<ChangeSignersResult> {
  return withWorkspaceLock(root, async () => {
    const ws = await openWorkspace(root);
    const file = displayPath(root, letterPath);
    const edit = await openLetterForEdit(root, letterPath, file);
    const text = letterFingerprint(edit.letter);
    // Re-confirming the outdated is for after the coalition has decided an edit needs no new sign-off.
    const outdated = action === 'confirm' && options.outdated
      ? edit.signers.filter((s) => s.status === 'confirmed' && s.text !== undefined && s.text !== text).map((s) => s.id)
      : [];
    // The replies are in: every pending signer confirms the text as it is now.
    const pending = action === 'confirm' && options.allPending ? edit.signers.filter((s) => s.status === 'pending').map((s) => s.id) : [];
    const unique = [...new Set([...ids, ...outdated, ...pending])];
    checkIds(unique, action, ws.registry.signatories, edit.signers, file);
    const date = options.date ?? localToday();
    const byId = new Map(edit.signers.map((s) => [s.id, s]));
    const changes: SignerChange[] = [];
    const added: unknown[] = [];
    const removed: number[] = [];

    for (const id of unique) {
      const current = byId.get(id);
      if (action === 'sign') {
        if (current) { changes.push({ id, outcome: 'unchanged', previous: current.status, status: current.status }); continue; }
        const status: SignerStatus = options.pending ? 'pending' : 'confirmed';
        added.push(signerEntry({ id, status, signedOn: date, ...(status === 'confirmed' ? { text } : {}) }));
        changes.push({ id, outcome: 'added', status });
      } else if (!current) {
        changes.push({ id, outcome: 'absent' });
      } else if (action === 'unsign') {
        removed.push(current.index);
        changes.push({ id, outcome: 'removed', previous: current.status });
      } else {
        const next = action === 'confirm'
          ? { id, status: 'confirmed' as const, signedOn: current.signedOn ?? date, text, ...(current.publish === false ? { publish: false as const } : {}) }
          : { id, status: 'withdrawn' as const, ...(current.signedOn ? { signedOn: current.signedOn } : {}), ...(current.text ? { text: current.text } : {}), ...(current.publish === false ? { publish: false as const } : {}) };
        if (sameSigner(current, next)) { changes.push({ id, outcome: 'unchanged', previous: current.status, status: current.status }); continue; }
        edit.editor.set(['signatories', current.index], signerEntry(next));
        changes.push({ id, outcome: 'updated', previous: current.status, status: next.status });
      }
    }
    // Highest index first, so the indices of the others stay valid.
    for (const index of removed.sort((a, b) => b - a)) edit.editor.delete(['signatories', index]);
    edit.editor.append(['signatories'], added);
    const written = await saveLetterEdit(edit);
    return { file, changes, written, text };
  });
}

function checkIds(ids: string[], action: SignAction, registry: ReadonlyMap<string, unknown>, signers: Signer[], file: string): void {
  const inLetter = new Set(signers.map((s) => s.id));
  const needsRegistry = action === 'sign';
  const unknown = ids.filter((id) => (needsRegistry ? !registry.has(id) : !registry.has(id) && !inLetter.has(id)));
  if (unknown.length === 0) return;
  const pool = needsRegistry ? [...registry.keys()] : [...new Set([...registry.keys(), ...inLetter])];
  const near = unknown.map((id) => suggestIds(id, pool));
  const parts = unknown.map((id, i) => `"${id}"${near[i]!.length ? ` (did you mean ${near[i]!.join(' or ')}?)` : ''}`);
  // A typo is likelier than a new signatory: the registered id first, `org add` last.
  const first = near[0]![0];
  throw new CoalitionError(`${parts.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not in signatories.yaml; ${file} was not changed`, {
    code: 'unknown-signatory', exitCode: ExitCode.input,
    hint: first
      ? `Use the registered id: ${unknown[0]} → ${first}. Only if it is another organization, add it first: coalition org add ${unknown[0]} --name "…"`
      : `Check the id with \`coalition org list\`, or add it first: coalition org add ${unknown[0]} --name "…"`,
  });
}
