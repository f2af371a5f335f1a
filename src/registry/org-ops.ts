/**
 * `org add`, `org edit` and `org remove` on signatories.yaml, each one locked
 * read-modify-write that changes only the entry concerned; `org list` and `org show`.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { SignatoryIdSchema, SignatorySchema, type Signatory } from '../model/schema.js';
import { displayName } from '../resolve/signatory-list.js';
import { openWorkspace } from '../workspace/load.js';
import { suggestIds } from '../workspace/signers.js';
import { openLetterForEdit, saveLetterEdit } from '../workspace/letter-edit.js';
import { requireCountryCode } from './countries.js';
import { lettersUsing, type LetterUse } from './letters-using.js';
import { withWorkspaceLock } from '../workspace/lock.js';
import { entryForFile, openRegistryForEdit, saveRegistryEdit, usesBlankLines } from '../workspace/registry-edit.js';
import { yamlText, yamlToData } from '../yaml/yaml.js';
import { suggestId } from './name-key.js';
import { describeLookAlike, LookAlikeIndex, type LookAlike } from './look-alike.js';

/** Field → new value; `null` removes the field. A country may be a name ("México"): it is stored as its ISO code. */
export type EntryPatch = Record<string, unknown>;

/**
 * Adds an entry. One that looks like an existing entry (the same name in any language,
 * or the same acronym: look-alike.ts) is refused, naming it, unless `force`: a second id
 * for one organization prints it twice on a letter that gets both.
 */
export async function addOrg(
  root: string,
  id: string | undefined,
  patch: EntryPatch,
  options: { force?: boolean } = {},
): Promise<{ id: string; suggested: boolean; lookAlikes: LookAlike[] }> {
  patch = withCountryCode(patch);
  return withWorkspaceLock(root, async () => {
    const edit = await openRegistryForEdit(root);
    const known = edit.registry.signatories;
    const name = typeof patch.name === 'string' ? patch.name : '';
    const chosen = id ?? suggestId(name, typeof patch.short === 'string' ? patch.short : undefined, (c) => known.has(c));
    checkIdFormat(chosen);
    if (known.has(chosen)) {
      throw new CoalitionError(`"${chosen}" is already in signatories.yaml`, {
        code: 'duplicate-id', exitCode: ExitCode.input,
        hint: `Change it with \`coalition org edit ${chosen} …\`, or choose another id.`,
      });
    }
    const valid = validEntry(chosen, applyPatch({}, patch));
    const lookAlikes = new LookAlikeIndex(known).find(valid);
    if (lookAlikes.length && !options.force) {
      const first = lookAlikes[0]!;
      const others = lookAlikes.slice(1).map((l) => l.id);
      throw new CoalitionError(`"${valid.name}" is already in signatories.yaml as ${first.id} (${describeLookAlike(first)})${others.length ? `; it also looks like ${others.join(', ')}` : ''}`, {
        code: 'duplicate-entry', exitCode: ExitCode.input,
        hint: `Sign ${first.id} instead, or complete it with \`coalition org edit ${first.id} …\`; if this is another organization, add it anyway with --force.`,
      });
    }
    const entry = entryForFile(valid);
    edit.editor.addPairs(['signatories'], [[chosen, entry]], { blankLineBefore: usesBlankLines(edit.file.text) });
    await saveRegistryEdit(edit);
    return { id: chosen, suggested: id === undefined, lookAlikes };
  });
}

export async function editOrg(root: string, id: string, patch: EntryPatch): Promise<{ changed: boolean }> {
  patch = withCountryCode(patch);
  return withWorkspaceLock(root, async () => {
    const edit = await openRegistryForEdit(root);
    const current = edit.editor.get(['signatories', id]) as Record<string, unknown> | undefined;
    if (!current) throw unknownId(id, edit.registry.signatories.keys());
    const next = applyPatch(current, patch);
    validEntry(id, next);
    edit.editor.set(['signatories', id], next);
    return { changed: await saveRegistryEdit(edit) };
  });
}

/** Removes an entry; refuses while letters list it unless `force`, which removes it from them too. */
export async function removeOrg(root: string, id: string, force: boolean): Promise<{ letters: LetterUse[] }> {
  return withWorkspaceLock(root, async () => {
    const edit = await openRegistryForEdit(root);
    if (!edit.registry.signatories.has(id)) throw unknownId(id, edit.registry.signatories.keys());
    const uses = await lettersUsing(root, id);
    if (uses.length && !force) {
      throw new CoalitionError(`"${id}" is listed in ${uses.length} letter${uses.length === 1 ? '' : 's'}: ${uses.map((u) => u.file).join(', ')}`, {
        code: 'id-in-use', exitCode: ExitCode.input,
        hint: `Remove it from them first (coalition unsign <letter> ${id}), or run \`coalition org remove ${id} --force\` to do both.`,
      });
    }
    for (const use of uses) {
      const letter = await openLetterForEdit(root, use.absolutePath, use.file);
      const indices = letter.signers.filter((s) => s.id === id).map((s) => s.index).sort((a, b) => b - a);
      for (const index of indices) letter.editor.delete(['signatories', index]);
      await saveLetterEdit(letter);
    }
    edit.editor.delete(['signatories', id]);
    await saveRegistryEdit(edit);
    return { letters: uses };
  });
}

/** The entries of one country (code or name) and of one kind, sorted by id; `total` counts every entry. */
export async function listOrgs(root: string, filter: { country?: string; kind?: string }): Promise<{ entries: [string, Signatory][]; total: number }> {
  const country = filter.country ? requireCountryCode(filter.country) : undefined;
  const { signatories } = (await openWorkspace(root)).registry;
  const entries = [...signatories.entries()]
    .filter(([, e]) => (!country || e.country === country) && (!filter.kind || e.kind === filter.kind))
    .sort(([a], [b]) => a.localeCompare(b, 'en'));
  return { entries, total: signatories.size };
}

/** One entry: its fields, its printed name, its fields as YAML, and every letter it is on. */
export async function showOrg(root: string, id: string): Promise<{ entry: Signatory; name: string; yaml: string; letters: LetterUse[] }> {
  const { registry } = await openWorkspace(root);
  const entry = registry.signatories.get(id);
  if (!entry) throw unknownId(id, registry.signatories.keys());
  // The entry as written (without the schema's defaults), from the reading already made:
  // building the position-keeping document of a large registry to print one entry costs seconds.
  const raw = (yamlToData(registry.source, registry.file).data as { signatories: Record<string, unknown> }).signatories[id];
  return { entry, name: displayName(entry, 'en'), yaml: yamlText(raw).trimEnd(), letters: await lettersUsing(root, id) };
}

function withCountryCode(patch: EntryPatch): EntryPatch {
  return typeof patch.country === 'string' ? { ...patch, country: requireCountryCode(patch.country) } : patch;
}

const MERGED = new Set(['names', 'contact', 'title', 'affiliation', 'city', 'description']);

/** The entry after `patch`: `null` removes a field; maps (`mergedFields`: names, contact, per-language texts) merge. */
export function applyPatch(current: Record<string, unknown>, patch: EntryPatch, mergedFields: ReadonlySet<string> = MERGED): Record<string, unknown> {
  const next: Record<string, unknown> = structuredClone(current);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key];
    else if (key === 'kind' && value === 'organization') {
      // The default: no line for it, unless the file already spells it out.
      if (next.kind !== 'organization') delete next.kind;
    } else if (mergedFields.has(key) && typeof value === 'object') {
      // Per-language and contact fields merge into what is there (a plain text, or an affiliation's lines, is replaced).
      const existing = next[key];
      const merged: Record<string, unknown> = { ...(typeof existing === 'object' && existing && !Array.isArray(existing) ? existing : {}), ...(value as object) };
      for (const k of Object.keys(merged)) if (merged[k] === null) delete merged[k];
      if (Object.keys(merged).length) next[key] = merged;
      else delete next[key];
    } else next[key] = value;
  }
  return next;
}

function validEntry(id: string, entry: Record<string, unknown>): Signatory {
  const result = SignatorySchema.safeParse(entry);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`);
  throw new CoalitionError(`the entry for "${id}" would not be valid: ${problems.join('; ')}`, {
    code: 'invalid-entry', exitCode: ExitCode.usage,
    hint: 'Every entry needs --name; see `coalition org add --help` for each field.',
  });
}

function checkIdFormat(id: string): void {
  if (SignatoryIdSchema.safeParse(id).success) return;
  throw new CoalitionError(`"${id}" is not a valid id`, {
    code: 'invalid-id', exitCode: ExitCode.usage,
    hint: 'An id is lowercase letters, digits and "-", such as "trade-justice".',
  });
}

export function unknownId(id: string, known: Iterable<string>): CoalitionError {
  const suggestions = suggestIds(id, known);
  return new CoalitionError(`"${id}" is not in signatories.yaml${suggestions.length ? `; did you mean ${suggestions.join(' or ')}?` : ''}`, {
    code: 'unknown-signatory', exitCode: ExitCode.input,
    hint: 'See the ids with `coalition org list`.',
  });
}
