/**
 * `officials add`, `edit` and `remove` on officials.yaml, each one locked
 * read-modify-write that changes only the entry concerned (and, for a removal, the
 * groups naming it); `officials list` and `show`.
 */
import { CoalitionError, ExitCode, hasErrors } from '../../errors.js';
import { OfficialSchema, type Official } from '../../model/officials-schema.js';
import { GroupIdSchema, OfficialIdSchema } from '../../model/schema.js';
import { openLetterForEdit, saveLetterEdit } from '../../workspace/letter-edit.js';
import { withWorkspaceLock } from '../../workspace/lock.js';
import { officialForFile, openOfficialsForEdit, saveOfficialsEdit } from '../../workspace/officials-edit.js';
import { loadOfficials, OFFICIALS_FILE, type LoadedOfficials } from '../../workspace/read-officials.js';
import { suggestIds } from '../../workspace/signers.js';
import { yamlText, yamlToData } from '../../yaml/yaml.js';
import { suggestId } from '../name-key.js';
import { applyPatch, type EntryPatch } from '../org-ops.js';
import { lettersAddressing, type LetterAddressing } from './letters-addressing.js';

export interface OfficialPatch {
  /** Field → new value; `null` removes it. Per-language texts merge into what is there. */
  fields: EntryPatch;
  addGroups?: string[];
  removeGroups?: string[];
}

const PER_LANGUAGE = new Set(['title', 'salutation', 'honorific']);

export async function addOfficial(root: string, id: string | undefined, patch: OfficialPatch): Promise<{ id: string; suggested: boolean }> {
  return withWorkspaceLock(root, async () => {
    const edit = await openOfficialsForEdit(root);
    const known = edit.directory.officials;
    const name = typeof patch.fields.name === 'string' ? patch.fields.name : '';
    const chosen = id ?? suggestId(name, undefined, (c) => known.has(c));
    if (!OfficialIdSchema.safeParse(chosen).success) {
      throw new CoalitionError(`"${chosen}" is not a valid id`, {
        code: 'invalid-id', exitCode: ExitCode.usage, hint: 'An id is lowercase letters, digits and "-", such as "sen-durbin".',
      });
    }
    if (known.has(chosen)) {
      throw new CoalitionError(`"${chosen}" is already in ${OFFICIALS_FILE}`, {
        code: 'duplicate-id', exitCode: ExitCode.input, hint: `Change it with \`coalition officials edit ${chosen} …\`, or choose another id.`,
      });
    }
    const entry = officialForFile(validOfficial(chosen, patched({}, patch)));
    edit.addEntries('officials', [[chosen, entry]]);
    await saveOfficialsEdit(edit);
    return { id: chosen, suggested: id === undefined };
  });
}

export async function editOfficial(root: string, id: string, patch: OfficialPatch): Promise<{ changed: boolean }> {
  return withWorkspaceLock(root, async () => {
    const edit = await openOfficialsForEdit(root);
    const raw = rawEntries(edit.directory).officials[id];
    if (!raw) throw unknownOfficial(id, edit.directory);
    const next = patched(raw, patch);
    validOfficial(id, next);
    edit.setEntries([{ map: 'officials', id, value: next }]);
    return { changed: await saveOfficialsEdit(edit) };
  });
}

/**
 * Removes an entry, and its place in every group that names it. Refused while a letter
 * names it in `to:`, unless `force`, which takes it off those letters too.
 */
export async function removeOfficial(root: string, id: string, force: boolean): Promise<{ letters: LetterAddressing[]; groups: string[] }> {
  return withWorkspaceLock(root, async () => {
    const edit = await openOfficialsForEdit(root);
    const { directory } = edit;
    if (!directory.officials.has(id)) throw unknownOfficial(id, directory);
    const uses = (await lettersAddressing(root, id, [])).filter((use) => use.byId.length);
    if (uses.length && !force) {
      throw new CoalitionError(`"${id}" is an addressee of ${uses.length} letter${uses.length === 1 ? '' : 's'}: ${uses.map((u) => u.file).join(', ')}`, {
        code: 'id-in-use', exitCode: ExitCode.input,
        hint: `Take it off their \`to:\` first, or run \`coalition officials remove ${id} --force\` to do both.`,
      });
    }
    for (const use of uses) {
      const letter = await openLetterForEdit(root, use.absolutePath, use.file);
      for (const index of [...use.byId].sort((a, b) => b - a)) letter.editor.delete(['to', index]);
      await saveLetterEdit(letter);
    }
    const groups = [...directory.groups].filter(([, g]) => g.members?.includes(id) || g.chair === id || g.ranking_member === id);
    const raw = rawEntries(directory);
    edit.setEntries(groups.map(([group]) => {
      const entry = { ...raw.groups[group] } as Record<string, unknown> & { members?: string[] };
      if (entry.members) entry.members = entry.members.filter((m) => m !== id);
      if (entry.chair === id) delete entry.chair;
      if (entry.ranking_member === id) delete entry.ranking_member;
      return { map: 'groups', id: group, value: entry };
    }));
    edit.edit((editor) => editor.delete(['officials', id]));
    await saveOfficialsEdit(edit);
    return { letters: uses, groups: groups.map(([group]) => group) };
  });
}

/** The directory, or its problems as an error: nothing can be listed from a broken file. */
async function readDirectory(root: string): Promise<LoadedOfficials> {
  const directory = await loadOfficials(root);
  if (hasErrors(directory.diagnostics)) throw CoalitionError.fromDiagnostics(OFFICIALS_FILE, directory.diagnostics);
  return directory;
}

/** The entries (of one group, in its order, when `group` is given); `total` counts every entry. */
export async function listOfficials(root: string, filter: { group?: string }): Promise<{ entries: [string, Official][]; total: number }> {
  const directory = await readDirectory(root);
  const ids = filter.group === undefined ? [...directory.officials.keys()] : directory.members.get(filter.group);
  if (!ids) {
    throw new CoalitionError(`no official is in the group "${filter.group}"`, {
      code: 'unknown-group', exitCode: ExitCode.input, hint: 'See the groups with `coalition officials list --groups`.',
    });
  }
  return { entries: ids.map((id) => [id, directory.officials.get(id)!]), total: directory.officials.size };
}

export interface GroupSummary {
  id: string;
  name?: string;
  members: number;
  chair?: string;
  rankingMember?: string;
}

export async function listGroups(root: string): Promise<GroupSummary[]> {
  const directory = await readDirectory(root);
  return [...directory.members].map(([id, members]) => {
    const group = directory.groups.get(id);
    const name = group?.name === undefined ? undefined : typeof group.name === 'string' ? group.name : Object.values(group.name)[0];
    return {
      id, members: members.length,
      ...(name ? { name } : {}),
      ...(group?.chair ? { chair: group.chair } : {}),
      ...(group?.ranking_member ? { rankingMember: group.ranking_member } : {}),
    };
  }).sort((a, b) => a.id.localeCompare(b.id, 'en'));
}

export interface OfficialDetails {
  entry: Official;
  /** The entry as written. */
  yaml: string;
  /** Every group it is in, with its role there (chair, ranking member). */
  groups: { id: string; role?: 'chair' | 'ranking member' }[];
  letters: LetterAddressing[];
}

export async function showOfficial(root: string, id: string): Promise<OfficialDetails> {
  const directory = await readDirectory(root);
  const entry = directory.officials.get(id);
  if (!entry) throw unknownOfficial(id, directory);
  const groups = [...directory.members].filter(([, members]) => members.includes(id)).map(([group]) => {
    const described = directory.groups.get(group);
    const role = described?.chair === id ? 'chair' as const : described?.ranking_member === id ? 'ranking member' as const : undefined;
    return { id: group, ...(role ? { role } : {}) };
  });
  return {
    entry,
    yaml: yamlText(rawEntries(directory).officials[id]).trimEnd(),
    groups,
    letters: await lettersAddressing(root, id, groups.map((g) => g.id)),
  };
}

/** The entry after the patch; groups added after those it has, removed wherever they are. */
function patched(current: Record<string, unknown>, patch: OfficialPatch): Record<string, unknown> {
  const next = applyPatch(current, patch.fields, PER_LANGUAGE);
  if (patch.addGroups?.length || patch.removeGroups?.length) {
    for (const group of patch.addGroups ?? []) {
      if (!GroupIdSchema.safeParse(group).success) {
        throw new CoalitionError(`"${group}" is not a valid group id`, { code: 'invalid-group', exitCode: ExitCode.usage, hint: 'A group id is letters, digits, "-" and "_", such as "senate", "IL" or "SSJU".' });
      }
    }
    const groups = [...new Set([...((next.groups as string[] | undefined) ?? []), ...(patch.addGroups ?? [])])].filter((g) => !patch.removeGroups?.includes(g));
    if (groups.length) next.groups = groups;
    else delete next.groups;
  }
  return next;
}

function validOfficial(id: string, entry: Record<string, unknown>): Official {
  const result = OfficialSchema.safeParse(entry);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`);
  throw new CoalitionError(`the entry for "${id}" would not be valid: ${problems.join('; ')}`, {
    code: 'invalid-entry', exitCode: ExitCode.usage, hint: 'Every entry needs --name; see `coalition officials add --help` for each field.',
  });
}

/** The entries as written (no defaults), from the reading already made. */
function rawEntries(directory: LoadedOfficials): { officials: Record<string, Record<string, unknown>>; groups: Record<string, Record<string, unknown>> } {
  const data = (directory.source ? yamlToData(directory.source, OFFICIALS_FILE).data : undefined) as { officials?: unknown; groups?: unknown } | undefined;
  const map = (value: unknown) => (value && typeof value === 'object' ? value : {}) as Record<string, Record<string, unknown>>;
  return { officials: map(data?.officials), groups: map(data?.groups) };
}

function unknownOfficial(id: string, directory: LoadedOfficials): CoalitionError {
  const suggestions = suggestIds(id, directory.officials.keys());
  return new CoalitionError(`"${id}" is not in ${OFFICIALS_FILE}${suggestions.length ? `; did you mean ${suggestions.join(' or ')}?` : ''}`, {
    code: 'unknown-official', exitCode: ExitCode.input, hint: 'See the ids with `coalition officials list`.',
  });
}
