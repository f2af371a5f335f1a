/**
 * Reads `officials.yaml`, the optional directory of officials beside the registry:
 * parsed as every YAML file is (yaml.ts), validated against its schema, and its groups'
 * members worked out once. A missing file is an empty directory; a link leading out of
 * the workspace is refused, never read.
 */
import { join } from 'node:path';
import { CoalitionError, diagnosticsOf, type Diagnostic } from '../errors.js';
import { OfficialsFileSchema, type Official, type OfficialGroup, type OfficialsFile } from '../model/officials-schema.js';
import { outsideDiagnostic, placeInWorkspace } from './inside-workspace.js';
import { readTextFile } from './read-text.js';
import { readYamlMap } from '../yaml/read-yaml-map.js';
import type { YamlSource } from '../yaml/yaml.js';

export const OFFICIALS_FILE = 'officials.yaml';

export interface LoadedOfficials {
  file: string;
  /** False when the workspace has no officials.yaml. */
  exists: boolean;
  /** The valid entries, in the file's order; empty when the file has errors. */
  officials: Map<string, Official>;
  /** Groups described under `groups:`. */
  groups: Map<string, OfficialGroup>;
  /** Every group's members in the directory's order: its `members:` list first, then the officials naming it, in file order. */
  members: Map<string, string[]>;
  source?: YamlSource;
  diagnostics: Diagnostic[];
}

export async function loadOfficials(root: string): Promise<LoadedOfficials> {
  const placement = placeInWorkspace(root, join(root, OFFICIALS_FILE), 'officials');
  if (!placement.inside) return emptyDirectory(placement.missing ? [] : [outsideDiagnostic('officials', OFFICIALS_FILE)], !placement.missing);
  const real = placement.path;
  let text: string;
  try {
    text = await readTextFile(real, OFFICIALS_FILE);
  } catch (error) {
    // Unreadable (binary, too large, bad UTF-8): its problem is the directory's, reported like any other.
    if (error instanceof CoalitionError) return emptyDirectory(diagnosticsOf(error, OFFICIALS_FILE), true);
    throw error;
  }
  return parseOfficials(text, OFFICIALS_FILE);
}

export function parseOfficials(text: string, file: string): LoadedOfficials {
  const { source, value, diagnostics } = readYamlMap(text, file, OfficialsFileSchema, {
    code: 'invalid-officials',
    message: 'officials.yaml must be a map with an `officials:` key',
    hint: 'Start the file with `officials:` and one entry per id under it (see docs/officials.md).',
  });
  const loaded: LoadedOfficials = { ...emptyDirectory(diagnostics, true), file, source };
  if (!value || diagnostics.some((d) => d.severity === 'error')) return loaded;
  const directory = value as OfficialsFile;
  const officials = new Map(Object.entries(directory.officials));
  const groups = new Map(Object.entries(directory.groups));
  const unknown = unknownMembers(groups, officials, source, file);
  diagnostics.push(...unknown);
  if (unknown.some((d) => d.severity === 'error')) return loaded;
  return { ...loaded, officials, groups, members: groupMembers(officials, groups) };
}

function emptyDirectory(diagnostics: Diagnostic[], exists = false): LoadedOfficials {
  return { file: OFFICIALS_FILE, exists, officials: new Map(), groups: new Map(), members: new Map(), diagnostics };
}

/** A group's `members`, `chair` or `ranking_member` naming no entry of the directory. */
function unknownMembers(groups: Map<string, OfficialGroup>, officials: Map<string, Official>, source: YamlSource, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [id, group] of groups) {
    const named: [(string | number)[], string][] = (group.members ?? []).map((member, i) => [['groups', id, 'members', i], member]);
    if (group.chair) named.push([['groups', id, 'chair'], group.chair]);
    if (group.ranking_member) named.push([['groups', id, 'ranking_member'], group.ranking_member]);
    for (const [path, member] of named) {
      if (officials.has(member)) continue;
      problems.push({
        file, ...source.locate(path), severity: 'error', code: 'unknown-official',
        message: `group "${id}" names "${member}", which is not under officials:`,
        hint: `Add "${member}" under officials: (coalition officials add ${member} --name "…"), or remove it from the group.`,
      });
    }
  }
  return problems;
}

function groupMembers(officials: Map<string, Official>, groups: Map<string, OfficialGroup>): Map<string, string[]> {
  const members = new Map<string, Set<string>>();
  const add = (group: string, id: string) => {
    let set = members.get(group);
    if (!set) members.set(group, (set = new Set()));
    set.add(id);
  };
  for (const [group, entry] of groups) {
    members.set(group, new Set());
    for (const id of entry.members ?? []) add(group, id);
  }
  for (const [id, official] of officials) for (const group of official.groups ?? []) add(group, id);
  return new Map([...members].map(([group, set]) => [group, [...set]]));
}
