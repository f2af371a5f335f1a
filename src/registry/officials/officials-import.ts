/**
 * `coalition officials import <file>`: legislators-current.yaml, committee-membership-
 * current.yaml (with committees-current.yaml beside it) or a CSV, merged into
 * officials.yaml under the workspace lock. An entry the source already brought is
 * found again by the source's id and updated in place (only the fields the source
 * gives; an email or a group added by hand stays); nothing is ever listed twice. A
 * file that cannot be read is reported with its line, and the directory is untouched.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CoalitionError, ExitCode, hasErrors } from '../../errors.js';
import type { ZodType } from 'zod';
import { withWorkspaceLock } from '../../workspace/lock.js';
import { groupForFile, officialForFile, openOfficialsForEdit, saveOfficialsEdit, type OfficialsEdit } from '../../workspace/officials-edit.js';
import { readTextFile } from '../../workspace/read-text.js';
import { validateWithSchema } from '../../yaml/schema-diagnostics.js';
import type { EntryChange } from '../../yaml/yaml-entry-edits.js';
import { parseYamlSource, yamlToData } from '../../yaml/yaml.js';
import { nameKey, suggestId } from '../name-key.js';
import { CommitteesSchema, committeesBatch, looksLikeCommittees, looksLikeMembership, MembershipSchema } from './committees.js';
import type { ImportBatch, ImportedGroup, ImportedOfficial } from './import-batch.js';
import { legislatorsBatch, LegislatorsSchema, looksLikeLegislators } from './legislators.js';
import { csvBatch } from './officials-csv.js';

export interface Change {
  id: string;
  /** The fields that changed. */
  fields: string[];
}

export interface ImportReport {
  /** What the file was read as: "legislators", "committees", "CSV". */
  kind: string;
  added: string[];
  updated: Change[];
  unchanged: number;
  groupsAdded: string[];
  groupsUpdated: Change[];
  groupsUnchanged: number;
  /** Entries an earlier import of this source brought that the file no longer lists (left as they are). */
  gone: string[];
  notes: string[];
  /** False for a dry run, or when nothing changed. */
  written: boolean;
}

type Raw = Record<string, Record<string, unknown>>;

export async function importOfficials(root: string, path: string, file: string, options: { dryRun?: boolean } = {}): Promise<ImportReport> {
  const batch = await readBatch(path, file);
  return withWorkspaceLock(root, async () => {
    const edit = await openOfficialsForEdit(root);
    const raw = rawDirectory(edit);
    const report: ImportReport = {
      kind: batch.kind, added: [], updated: [], unchanged: 0, groupsAdded: [], groupsUpdated: [], groupsUnchanged: 0, gone: [], notes: [...batch.notes], written: false,
    };
    const changes: EntryChange[] = [];
    const bySource = sourceIndex(raw.officials);
    const added = mergeOfficials(batch, raw.officials, bySource, changes, report);
    const addedGroups = mergeGroups(batch, raw.groups, bySource, changes, report);
    edit.setEntries(changes);
    edit.addEntries('officials', added);
    edit.addEntries('groups', addedGroups);
    if (!options.dryRun) report.written = await saveOfficialsEdit(edit);
    return report;
  });
}

/** The file read and recognized; every problem in it is an error naming its line, before the directory is opened. */
async function readBatch(path: string, file: string): Promise<ImportBatch> {
  const text = await readTextFile(path, file);
  if (/\.csv$/i.test(path)) return csvBatch(text, file);
  const read = <T>(schema: ZodType<T>, source: ReturnType<typeof parseYamlSource>, data: unknown, shown: string): T => {
    const result = validateWithSchema(schema, data, source, shown);
    if (hasErrors(result.diagnostics) || result.value === undefined) throw CoalitionError.fromDiagnostics(shown, result.diagnostics);
    return result.value as T;
  };
  const { source, data } = readYaml(text, file);
  if (looksLikeLegislators(data)) return legislatorsBatch(read(LegislatorsSchema, source, data, file));
  if (looksLikeMembership(data)) {
    const membership = read(MembershipSchema, source, data, file);
    const beside = join(dirname(path), 'committees-current.yaml');
    const shownBeside = join(dirname(file), 'committees-current.yaml');
    if (!existsSync(beside)) return committeesBatch(membership, undefined);
    const committees = readYaml(await readTextFile(beside, shownBeside), shownBeside);
    return committeesBatch(membership, read(CommitteesSchema, committees.source, committees.data, shownBeside));
  }
  if (looksLikeCommittees(data)) {
    throw new CoalitionError(`${file} lists committees, not who sits on them`, {
      code: 'import-committees-file', exitCode: ExitCode.usage,
      hint: `Import committee-membership-current.yaml: coalition officials import ${join(dirname(file), 'committee-membership-current.yaml')} (the committees' names are read from ${basename(file)} beside it).`,
    });
  }
  throw new CoalitionError(`${file} is not a file coalition can import officials from`, {
    code: 'import-unknown-file', exitCode: ExitCode.usage,
    hint: 'Import legislators-current.yaml or committee-membership-current.yaml (congress-legislators), or a CSV headed name, title, salutation, gender, email, address, groups.',
  });
}

function readYaml(text: string, file: string) {
  const source = parseYamlSource(text, file);
  if (hasErrors(source.diagnostics)) throw CoalitionError.fromDiagnostics(file, source.diagnostics);
  const { data, diagnostic } = yamlToData(source, file);
  if (diagnostic) throw CoalitionError.fromDiagnostics(file, [diagnostic]);
  return { source, data };
}

function rawDirectory(edit: OfficialsEdit): { officials: Raw; groups: Raw } {
  const source = edit.directory.source;
  const data = (source ? yamlToData(source, edit.file.displayPath).data : undefined) as { officials?: Raw | null; groups?: Raw | null } | undefined;
  return { officials: data?.officials ?? {}, groups: data?.groups ?? {} };
}

/** `bioguide:D000563` → the entry's id, for every entry that records its source. */
function sourceIndex(officials: Raw): Map<string, string> {
  const index = new Map<string, string>();
  for (const [id, entry] of Object.entries(officials)) {
    const source = entry.source;
    if (source && typeof source === 'object') for (const [key, value] of Object.entries(source)) index.set(`${key}:${String(value)}`, id);
  }
  return index;
}

/** Updates found entries (into `changes`), reports the rest; returns the new entries to add. */
function mergeOfficials(batch: ImportBatch, existing: Raw, bySource: Map<string, string>, changes: EntryChange[], report: ImportReport): [string, unknown][] {
  const taken = new Set(Object.keys(existing));
  const byName = new Map(Object.entries(existing).map(([id, e]) => [nameKey(String(e.name ?? '')), id] as const));
  const seen = new Set<string>();
  const added: [string, unknown][] = [];
  for (const imported of batch.officials) {
    const found = imported.source ? bySource.get(imported.source.join(':'))
      : imported.id ?? byName.get(nameKey(imported.entry.name));
    const id = found !== undefined && existing[found] ? found : undefined;
    if (id !== undefined) {
      seen.add(id);
      const next = updatedOfficial(existing[id]!, imported, batch);
      const fields = changedFields(existing[id]!, next);
      if (fields.length) {
        changes.push({ map: 'officials', id, value: next });
        report.updated.push({ id, fields });
      } else report.unchanged++;
      continue;
    }
    const chosen = imported.id ?? freeId(imported, taken);
    taken.add(chosen);
    if (imported.source) bySource.set(imported.source.join(':'), chosen);
    added.push([chosen, officialForFile(imported.entry)]);
    report.added.push(chosen);
  }
  const kinds = new Set(batch.officials.flatMap((o) => (o.source ? [o.source[0]] : [])));
  report.gone = [...bySource].filter(([key, id]) => kinds.has(key.split(':')[0]!) && existing[id] && !seen.has(id)).map(([, id]) => id);
  return added;
}

function freeId(imported: ImportedOfficial, taken: Set<string>): string {
  const free = imported.ids.find((id) => !taken.has(id));
  return free ?? suggestId(imported.ids[0] ?? imported.entry.name, undefined, (c) => taken.has(c));
}

/** The entry with the source's fields: those it owns are set, or removed when it lacks them; the user's others stay. */
function updatedOfficial(current: Record<string, unknown>, imported: ImportedOfficial, batch: ImportBatch): Record<string, unknown> {
  const next = structuredClone(current);
  for (const field of batch.ownedFields) {
    if (field === 'groups') continue;
    const value = (imported.entry as Record<string, unknown>)[field];
    if (value === undefined) delete next[field];
    else next[field] = value;
  }
  const given = imported.entry.groups ?? [];
  const had = Array.isArray(current.groups) ? (current.groups as string[]) : [];
  if (given.length || had.some((g) => batch.ownsGroup(g))) {
    // The groups it had keep their order; the source's own are replaced; new ones follow.
    const groups = [...had.filter((g) => !batch.ownsGroup(g) || given.includes(g)), ...given.filter((g) => !had.includes(g))];
    if (groups.length) next.groups = groups;
    else delete next.groups;
  }
  return next;
}

function mergeGroups(batch: ImportBatch, existing: Raw, bySource: Map<string, string>, changes: EntryChange[], report: ImportReport): [string, unknown][] {
  if (batch.groups.length === 0) return [];
  const missing: string[] = [];
  const resolve = (source: readonly [string, string] | undefined) => (source ? bySource.get(source.join(':')) : undefined);
  const added: [string, unknown][] = [];
  let resolvedAny = false;
  for (const group of batch.groups) {
    const members = group.members.flatMap((m) => {
      const id = resolve(m.source);
      if (!id) missing.push(`${m.name} (${group.id})`);
      return id ? [id] : [];
    });
    if (members.length === 0) continue;
    resolvedAny = true;
    const entry = resolvedGroup(group, members, resolve);
    const current = existing[group.id];
    if (!current) {
      added.push([group.id, groupForFile(entry)]);
      report.groupsAdded.push(group.id);
      continue;
    }
    const next = structuredClone(current);
    for (const field of batch.ownedFields) {
      const value = (entry as Record<string, unknown>)[field];
      if (value === undefined) delete next[field];
      else next[field] = value;
    }
    const fields = changedFields(current, next);
    if (fields.length) {
      changes.push({ map: 'groups', id: group.id, value: next });
      report.groupsUpdated.push({ id: group.id, fields });
    } else report.groupsUnchanged++;
  }
  if (!resolvedAny) {
    throw new CoalitionError('none of the committee members is in officials.yaml, so no group can be made', {
      code: 'import-members-unknown', exitCode: ExitCode.input,
      hint: 'Import the members first: coalition officials import legislators-current.yaml, then this file again.',
    });
  }
  if (missing.length) {
    report.notes.push(`${missing.length} committee seat${missing.length === 1 ? ' is' : 's are'} held by someone not in officials.yaml, left out: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
  }
  return added;
}

function resolvedGroup(group: ImportedGroup, members: string[], resolve: (source: readonly [string, string] | undefined) => string | undefined) {
  const chair = resolve(group.chair);
  const ranking = resolve(group.rankingMember);
  return { ...group.entry, members, ...(chair ? { chair } : {}), ...(ranking ? { ranking_member: ranking } : {}) };
}

function changedFields(current: Record<string, unknown>, next: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
  return [...keys].filter((key) => !isDeepStrictEqual(current[key], next[key]));
}
