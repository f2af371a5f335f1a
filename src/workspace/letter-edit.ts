/**
 * Opening a letter for an edit of its front matter: the YAML span is edited through
 * `YamlTextEditor`, and everything after the closing `---` is copied back unchanged.
 * A letter that is a symbolic link is edited where it leads, only inside letters/.
 */
import { z } from 'zod';
import { CoalitionError, ExitCode, hasErrors } from '../errors.js';
import { SignatoriesItemSchema } from '../model/schema.js';
import { signersOf, type Signer } from './signers.js';
import { parseLetter, unreadableFrontMatter, type LoadedLetter } from './read-letter.js';
import { validateWithSchema } from '../yaml/schema-diagnostics.js';
import { findFrontMatter, type FrontMatterSpan } from './front-matter.js';
import { readEditable, writeEditable, type EditableFile } from './editable-file.js';
import { MAX_LETTER_BYTES } from './read-text.js';
import { YamlTextEditor } from '../yaml/yaml-text-editor.js';
import { yamlToData } from '../yaml/yaml.js';
import { editTarget, guardWrite, type EditTarget } from './edit-target.js';

export interface LetterEdit {
  target: EditTarget;
  file: EditableFile;
  letter: LoadedLetter;
  /** The letter's signatories as written (bare ids normalized; section starts left out, indices kept). */
  signers: Signer[];
  /** Edits the front matter only. */
  editor: YamlTextEditor;
  /** Where the front matter is in `file.text`: the only span an edit rewrites. */
  span: FrontMatterSpan;
}

/** Reads a letter for editing; refuses one whose YAML or signatories list is broken (nothing could be merged safely). */
export async function openLetterForEdit(root: string, absolutePath: string, displayPath: string): Promise<LetterEdit> {
  const target = await editTarget(root, absolutePath, displayPath, 'letter', ExitCode.usage);
  const file = await readEditable(target.path, displayPath, MAX_LETTER_BYTES);
  const letter = parseLetter(file.text, displayPath, absolutePath);
  const syntax = unreadableFrontMatter(letter);
  if (syntax.length || !letter.source) throw CoalitionError.fromDiagnostics(displayPath, syntax.length ? syntax : letter.diagnostics);
  const data = yamlToData(letter.source, displayPath).data as { signatories?: unknown };
  const list = data.signatories ?? [];
  const checked = validateWithSchema(z.array(SignatoriesItemSchema), list, letter.source, displayPath, ['signatories']);
  if (hasErrors(checked.diagnostics)) throw CoalitionError.fromDiagnostics(displayPath, checked.diagnostics);
  const signers = signersOf(checked.value ?? []);
  const span = findFrontMatter(file.text, displayPath);
  return { target, file, letter, signers, span, editor: new YamlTextEditor(file.text.slice(span.start, span.end)) };
}

/** Writes the edited front matter back; returns false when nothing changed. */
export async function saveLetterEdit(edit: LetterEdit): Promise<boolean> {
  const { file: { text }, span } = edit;
  const updated = text.slice(0, span.start) + edit.editor.text + text.slice(span.end);
  if (updated === text) return false;
  await writeEditable(edit.file, updated, guardWrite(edit.target, edit.file.displayPath));
  return true;
}
