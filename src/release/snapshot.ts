/**
 * What a release is made from, kept in its manifest: the letter's text, the registry
 * entries it printed, the officials it was addressed to and the workspace's template overrides. From a snapshot the
 * documents can be made again after the registry, the letter or the templates changed
 * (`build --release`); images and the tool's built-in templates are read as they are now.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CoalitionError, hasErrors, type Diagnostic } from '../errors.js';
import type { Signatory } from '../model/schema.js';
import type { LetterView } from '../resolve/letter-view.js';
import { frozenAddressees, usesDirectory } from '../resolve/addressees.js';
import type { Workspace } from '../workspace/load.js';
import type { PreparedLetter } from '../resolve/prepare-letter.js';
import { OFFICIALS_FILE } from '../workspace/read-officials.js';
import { parseRegistry } from '../workspace/read-registry.js';
import { parseLetter } from '../workspace/read-letter.js';
import { signersOf } from '../workspace/signers.js';
import { TemplateFiles, type TemplateFile } from '../workspace/template-files.js';
import type { Manifest } from './manifest.js';

export type Snapshot = Manifest['snapshot'];

/** Template overrides are text: the page, partials, styles and strings files. */
const TEMPLATE_TEXT = /\.(hbs|css|ya?ml)$/;

export function takeSnapshot(ws: Workspace, prepared: PreparedLetter, views: readonly LetterView[]): Snapshot {
  const ids = new Set(views.flatMap((v) => v.signing.groups.flatMap((g) => g.signers.map((s) => s.id))));
  const head = prepared.letter.frontMatter?.letterhead;
  if (typeof head === 'string') ids.add(head);
  const registry: Record<string, Signatory> = {};
  for (const id of [...ids].sort()) {
    const entry = ws.registry.signatories.get(id);
    // Contact details are never printed, and a release is shared: they stay out of it.
    if (entry) registry[id] = withoutContact(entry);
  }
  const templates: Record<string, string> = {};
  for (const name of overrideNames(ws.root)) {
    const file = ws.templates.findOverride(name);
    if (file) templates[name] = file.text;
  }
  // Officials' entries as addressed now: a later import or edit of officials.yaml never changes the release.
  const to = prepared.letter.frontMatter?.to ?? [];
  const officials = usesDirectory(to)
    ? (prepared.recipients ?? []).flatMap(({ id, index, official }) => (official ? [{ id, index, entry: official }] : []))
    : undefined;
  return { letter: prepared.letter.text, registry, templates, ...(officials ? { officials } : {}) };
}

function withoutContact(entry: Signatory): Signatory {
  const { contact: _, ...rest } = entry;
  return rest;
}

/** Files under `<root>/templates/`, as template names (`partials/heading.hbs`). */
function overrideNames(root: string): string[] {
  const dir = join(root, 'templates');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory() && TEMPLATE_TEXT.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Templates as a snapshot holds them: its overrides over the tool's built-in files. */
class SnapshotTemplates extends TemplateFiles {
  constructor(private readonly overrides: Readonly<Record<string, string>>, private readonly label: string) {
    super(undefined);
  }

  override find(name: string): TemplateFile | undefined {
    const text = Object.hasOwn(this.overrides, name) ? this.overrides[name] : undefined;
    return text === undefined ? this.findBuiltin(name) : { name, text, origin: `${this.label} templates/${name}`, overridden: true };
  }

  override list(folder: string, extension: string): string[] {
    const own = Object.keys(this.overrides).filter((n) => n.startsWith(`${folder}/`) && n.endsWith(extension) && !n.slice(folder.length + 1).includes('/'));
    return [...new Set([...super.list(folder, extension), ...own])].sort();
  }
}

/**
 * The workspace and letter a snapshot describes: the registry and templates of the
 * snapshot, images from the workspace at `root`. `label` names the version in messages.
 */
export function snapshotWorkspace(root: string, letterFile: string, snapshot: Snapshot, label: string): { ws: Workspace; prepared: PreparedLetter } {
  const registry = parseRegistry('signatories: {}\n', `${label} registry`);
  registry.signatories = new Map(Object.entries(snapshot.registry));
  const entries = snapshot.officials ?? [];
  const directory = { file: `${label} ${OFFICIALS_FILE}`, exists: entries.length > 0, officials: new Map(entries.map((o) => [o.id, o.entry])), groups: new Map(), members: new Map(), diagnostics: [] };
  const ws: Workspace = { root, registry, officials: async () => directory, templates: new SnapshotTemplates(snapshot.templates, label) };
  const letter = parseLetter(snapshot.letter, `${label} ${letterFile}`, join(root, letterFile));
  if (!letter.frontMatter || hasErrors(letter.diagnostics)) {
    throw CoalitionError.fromDiagnostics(letter.file, letter.diagnostics);
  }
  // Signers the version did not print (pending, withdrawn) have no snapshot entry; they are not printed now either.
  const signers = signersOf(letter.frontMatter.signatories);
  const diagnostics: Diagnostic[] = [...letter.diagnostics];
  return { ws, prepared: { letter, signers, recipients: frozenAddressees(letter.frontMatter, entries), diagnostics } };
}
