/**
 * Opening `officials.yaml` for an edit, as the registry is opened (registry-edit.ts):
 * validated first (a broken directory is never rewritten), edited through
 * `YamlTextEditor` so comments and layout stay, written back atomically through a link
 * to a file inside the workspace, never one outside it. A workspace without the file
 * gets one, with a comment saying what it is.
 */
import { join } from 'node:path';
import { CoalitionError, ExitCode, hasErrors } from '../errors.js';
import type { Official, OfficialGroup } from '../model/officials-schema.js';
import { editTarget, guardWrite, type EditTarget } from './edit-target.js';
import { readEditable, writeEditable, type EditableFile } from './editable-file.js';
import { OFFICIALS_FILE, parseOfficials, type LoadedOfficials } from './read-officials.js';
import { appendEntries, setEntries, type EntryChange } from '../yaml/yaml-entry-edits.js';
import { YamlTextEditor } from '../yaml/yaml-text-editor.js';
import { parseYamlSource, type YamlSource } from '../yaml/yaml.js';

/** The directory being edited: its text as it stands, changed by the methods below. */
export class OfficialsEdit {
  text: string;
  /** The reading of `text`, when it is still current. */
  private source?: YamlSource;

  constructor(readonly target: EditTarget, readonly file: EditableFile, readonly directory: LoadedOfficials) {
    this.text = file.text;
    this.source = directory.source;
  }

  /** Replaces existing entries of `officials:` or `groups:`, each changing only the lines it must. */
  setEntries(changes: readonly EntryChange[]): void {
    this.text = setEntries(this.text, this.reading(), changes);
    this.source = undefined;
  }

  /** Adds new entries at the end of `map` (made when missing), set apart by blank lines when the file's are. */
  addEntries(map: 'officials' | 'groups', pairs: [string, unknown][]): void {
    if (pairs.length === 0) return;
    const blank = usesBlankLines(this.text, map);
    if (!new RegExp(`^${map}:`, 'm').test(this.text)) {
      this.text = `${this.text}${this.text.endsWith('\n') || !this.text ? '' : '\n'}${map}:\n`;
      this.source = undefined;
    }
    const appended = appendEntries(this.text, this.reading(), map, pairs, blank);
    if (appended !== undefined) {
      this.text = appended;
      this.source = undefined;
    } else this.edit((editor) => editor.addPairs([map], pairs, { blankLineBefore: blank }));
  }

  /** Any other change, through the editor of the whole file. */
  edit(change: (editor: YamlTextEditor) => void): void {
    const editor = new YamlTextEditor(this.text, this.reading());
    change(editor);
    this.text = editor.text;
    this.source = undefined;
  }

  private reading(): YamlSource {
    return (this.source ??= parseYamlSource(this.text, OFFICIALS_FILE));
  }
}

const NEW_FILE = `# The officials letters are addressed to: \`to: [sen-durbin]\` or \`to: [{ group: SSJU }]\`
# in a letter (docs/officials.md). Comments and key order survive every edit coalition makes.
officials:
`;

export async function openOfficialsForEdit(root: string): Promise<OfficialsEdit> {
  const target = await editTarget(root, join(root, OFFICIALS_FILE), OFFICIALS_FILE, 'officials', ExitCode.write);
  const file: EditableFile = target.identity === undefined
    ? { absolutePath: target.path, displayPath: OFFICIALS_FILE, text: NEW_FILE, bom: false, crlf: false }
    : await readEditable(target.path, OFFICIALS_FILE);
  const directory = parseOfficials(file.text, OFFICIALS_FILE);
  if (hasErrors(directory.diagnostics)) throw CoalitionError.fromDiagnostics(OFFICIALS_FILE, directory.diagnostics);
  return new OfficialsEdit(target, file, directory);
}

/** Validates the edited directory and writes it; returns false when nothing changed. */
export async function saveOfficialsEdit(edit: OfficialsEdit): Promise<boolean> {
  if (edit.text === edit.file.text) return false;
  const check = parseOfficials(edit.text, OFFICIALS_FILE);
  if (hasErrors(check.diagnostics)) throw CoalitionError.fromDiagnostics(OFFICIALS_FILE, check.diagnostics);
  await writeEditable(edit.file, edit.text, guardWrite(edit.target, OFFICIALS_FILE));
  return true;
}

/** True when the map's entries are set apart by blank lines (new ones follow suit). */
function usesBlankLines(text: string, map: string): boolean {
  const start = text.search(new RegExp(`^${map}:`, 'm'));
  return start !== -1 && /\n[ \t]*\n(?:[ \t]*#.*\n)*[ \t]+[A-Za-z0-9][A-Za-z0-9_-]*:[ \t]*(#.*)?\n/.test(text.slice(start + 1).split(/\n(?=\S)/, 1)[0]! + '\n');
}

/** The fields in the order docs/officials.md shows them; entries are written this way. */
const OFFICIAL_FIELDS = ['name', 'sort_as', 'honorific', 'title', 'salutation', 'gender', 'family_name', 'party', 'address', 'email', 'phone', 'contact_form', 'website', 'office', 'until', 'groups', 'source'];
const GROUP_FIELDS = ['name', 'parent', 'members', 'chair', 'ranking_member', 'source'];

/** An entry as it is written: fields in the documented order, empty ones left out. */
export function officialForFile(entry: Partial<Official>): Record<string, unknown> {
  return ordered(entry, OFFICIAL_FIELDS);
}

export function groupForFile(entry: Partial<OfficialGroup>): Record<string, unknown> {
  return ordered(entry, GROUP_FIELDS);
}

function ordered(entry: object, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...order, ...Object.keys(entry).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const value = (entry as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}
