/**
 * Opening `signatories.yaml` for an edit: validated first (a broken registry is never
 * rewritten), edited through `YamlTextEditor`, written back atomically, through a
 * symbolic link to a file inside the workspace (never one outside it).
 */
import { join } from 'node:path';
import { CoalitionError, ExitCode, hasErrors } from '../errors.js';
import type { Signatory } from '../model/schema.js';
import { parseRegistry, type LoadedRegistry } from './read-registry.js';
import { REGISTRY_FILE } from './workspace.js';
import { readEditable, writeEditable, type EditableFile } from './editable-file.js';
import { YamlTextEditor } from '../yaml/yaml-text-editor.js';
import { editTarget, guardWrite, type EditTarget } from './edit-target.js';

export interface RegistryEdit {
  target: EditTarget;
  file: EditableFile;
  registry: LoadedRegistry;
  editor: YamlTextEditor;
}

export async function openRegistryForEdit(root: string): Promise<RegistryEdit> {
  const target = await editTarget(root, join(root, REGISTRY_FILE), REGISTRY_FILE, 'registry', ExitCode.write);
  const file = await readEditable(target.path, REGISTRY_FILE);
  const registry = parseRegistry(file.text, REGISTRY_FILE);
  if (hasErrors(registry.diagnostics)) throw CoalitionError.fromDiagnostics(REGISTRY_FILE, registry.diagnostics);
  return { target, file, registry, editor: new YamlTextEditor(file.text, registry.source) };
}

/** Validates the edited registry and writes it; returns false when nothing changed. */
export async function saveRegistryEdit(edit: RegistryEdit): Promise<boolean> {
  if (edit.editor.text === edit.file.text) return false;
  const check = parseRegistry(edit.editor.text, REGISTRY_FILE, edit.editor.reading);
  if (hasErrors(check.diagnostics)) throw CoalitionError.fromDiagnostics(REGISTRY_FILE, check.diagnostics);
  await writeEditable(edit.file, edit.editor.text, guardWrite(edit.target, REGISTRY_FILE));
  return true;
}

/** The registry's fields in the order formats.md shows them; new entries are written this way. */
const FIELD_ORDER = ['kind', 'name', 'short', 'names', 'bilingual', 'sort_as', 'title', 'role', 'affiliation', 'country', 'city', 'description', 'website', 'logo', 'contact'];

/** An entry as it is written: fields in the documented order, defaults left out. */
export function entryForFile(entry: Partial<Signatory>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys = [...FIELD_ORDER, ...Object.keys(entry).filter((k) => !FIELD_ORDER.includes(k))];
  for (const key of keys) {
    const value = (entry as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (key === 'kind' && value === 'organization') continue;
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** True when the registry's entries are set apart by blank lines (new ones follow suit). */
export function usesBlankLines(text: string): boolean {
  return /\n[ \t]*\n(?:[ \t]*#.*\n)*[ \t]+[a-z0-9][a-z0-9-]*:[ \t]*(#.*)?\n/.test(text.slice(text.search(/^signatories:/m) + 1));
}
