/**
 * Whether a letter may be released: every error `check` reports for it (and for the
 * registry and templates), and a letter that would print no signatory, all at once.
 * With `--updated`, the letter is read with `signing.updated` set, as it will be sent.
 */
import { checkWorkspace } from '../check/check-workspace.js';
import { CoalitionError, compareDiagnostics, ExitCode, hasErrors, type Diagnostic } from '../errors.js';
import { openLetterForEdit, type LetterEdit } from '../workspace/letter-edit.js';
import { openWorkspace, type Workspace } from '../workspace/load.js';
import { prepareLetter, withSigners, type PreparedLetter } from '../resolve/prepare-letter.js';
import { parseLetter } from '../workspace/read-letter.js';

export interface Readiness {
  root: string;
  /** Absolute path of the letter. */
  letter: string;
  /** The letter as shown. */
  file: string;
  today: string;
  /** The letter as the user named it, for the commands hints print. */
  letterArg?: string;
  /** `signing.updated` to set. */
  updated?: string;
  /** Release even though some confirmed signers saw an earlier text (`--accept-outdated`). */
  acceptOutdated?: boolean;
}

/**
 * The letter read for its release (with `signing.updated` set when asked), or the
 * refusal listing every problem: `check`'s errors, and a letter that prints no one.
 */
export async function readyToRelease(options: Readiness): Promise<{ ws: Workspace; prepared: PreparedLetter; checked: Diagnostic[] }> {
  const { root, file, today } = options;
  // Read once, for the check and then the build: a registry with errors is read too, and `check` says what is wrong with it.
  const ws = await openWorkspace(root, false);
  const prepared = await prepareLetter(ws, options.letter);
  // Strict: what goes to a minister has no greeting that had to leave out a gendered word.
  const check = await checkWorkspace({ root, workspace: ws, prepared: [prepared], today, strict: true });
  const problems = [...check.diagnostics];
  // Signers who confirmed an earlier text would be sent under words they have not seen: a warning for
  // `check`, a decision for `release` (issue 28, item 3).
  const outdated = problems.find((d) => d.code === 'outdated-text');
  if (outdated && !options.acceptOutdated) problems.push(outdatedRefusal(outdated, options.letterArg ?? file));
  let released = prepared;
  if (options.updated && !hasErrors(problems)) {
    const edit = await openLetterForEdit(root, options.letter, file);
    edit.editor.set(['signing', 'updated'], options.updated);
    released = await withSigners(ws, parseLetter(editedText(edit), file, options.letter));
  }
  // Only confirmed signers in the registry are printed (unknown ids are errors already).
  const printed = released.signers?.filter((s) => s.status === 'confirmed' && ws.registry.signatories.has(s.id)) ?? [];
  if (released.signers && !printed.length) problems.push(noSigners(released));
  const errors = problems.filter((d) => d.severity === 'error').length;
  if (errors || !released.signers) {
    throw refused(file, problems.sort(compareDiagnostics), `${errors} problem${errors === 1 ? '' : 's'}`);
  }
  return { ws, prepared: released, checked: check.diagnostics };
}

function editedText(edit: LetterEdit): string {
  return edit.file.text.slice(0, edit.span.start) + edit.editor.text + edit.file.text.slice(edit.span.end);
}

function refused(file: string, diagnostics: Diagnostic[], what: string): CoalitionError {
  return new CoalitionError(`${file} was not released: ${what}`, {
    code: 'release-refused', exitCode: ExitCode.input, diagnostics,
    hint: 'Fix what is listed (`coalition check` shows it too) and release again.',
  });
}

function noSigners(prepared: PreparedLetter): Diagnostic {
  const { letter } = prepared;
  const pending = prepared.signers?.filter((s) => s.status === 'pending').length ?? 0;
  return {
    file: letter.file, ...(letter.source?.locate(['signatories']) ?? { line: 0, column: 0 }), severity: 'error', code: 'no-signers',
    message: `no confirmed signatory: the letter would be sent with no one's name on it${pending ? ` (${pending} pending, not printed until confirmed)` : ''}`,
    hint: pending ? 'Confirm them first: coalition confirm <letter> <id…>' : 'Add signatories: coalition sign <letter> <id…>',
  };
}


/** The one outdated-text warning, made the error that stops a release until it is accepted. */
function outdatedRefusal(warning: Diagnostic, letterArg: string): Diagnostic {
  return {
    ...warning, severity: 'error', code: 'outdated-not-accepted',
    message: `${warning.message.replace(/ — .*$/, '')}: they have not seen the text this release sends`,
    hint: `Once they agree: coalition confirm ${letterArg} --outdated. To release it as it is: coalition release ${letterArg} --accept-outdated`,
  };
}
