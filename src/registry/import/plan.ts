/**
 * The import plan: what each row of a sign-on export becomes. Computed without
 * writing anything, so `--dry-run` prints exactly what a real run would do.
 */
import type { Signatory } from '../../model/schema.js';
import { entryForFile } from '../../workspace/registry-edit.js';
import { suggestId } from '../name-key.js';
import type { ColumnMap } from './columns.js';
import type { CsvTable } from './csv-table.js';
import { bestSpelling } from './best-spelling.js';
import { RegistryMatcher } from './matcher.js';
import { LookAlikeIndex } from '../look-alike.js';
import { readResponse, type Response } from './responses.js';
import { dayOrder, timestampDay } from './form-timestamp.js';

export type RowAction = 'matched' | 'added' | 'merged' | 'skipped';

export interface PlannedRow {
  line: number;
  action: RowAction;
  name?: string;
  /** The registry id the row signs as (absent when skipped). */
  id?: string;
  /** Why a row was skipped, or what it was merged with. */
  reason?: string;
  /** For ambiguous rows and near matches: the entries it could be. */
  candidates?: string[];
  /** The day the form was submitted (its timestamp column), recorded as signed_on. */
  signedOn?: string;
  /** A near match: the row's name is a typo away from these entries' (held, not added). */
  near?: boolean;
  /** `false`: the form's consent column said not to publish the name. */
  publish?: false;
  notes: string[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** New registry entries, in order of first appearance. */
  newEntries: [string, Record<string, unknown>][];
  /** Ids to add to the letter (not already on it). */
  toSign: string[];
  /** Ids the file names that are on the letter already. */
  alreadySigned: string[];
  /** Ids a row asked not to name (consent "No"): recorded `publish: false`, on the letter or as they are signed. */
  unnamed: string[];
  counts: Record<RowAction, number> & { rows: number; signed: number; alreadySigned: number; unnamed: number };
  columns: ColumnMap;
}

export function planImport(
  table: CsvTable,
  columns: ColumnMap,
  registry: ReadonlyMap<string, Signatory>,
  onLetter: ReadonlySet<string>,
): ImportPlan {
  const matcher = new RegistryMatcher(registry);
  // The comparison `check` makes (look-alike.ts): a name a letter or two from a registered one is held for a decision, not added as new.
  const lookAlikes = new LookAlikeIndex(registry);
  const fresh = new Map<string, Record<string, unknown>>();
  /** Every spelling of each new entry's name, in order seen: the entry gets the best. */
  const spellings = new Map<string, string[]>();
  const firstLine = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const stamp = columns.columns.timestamp;
  const order = stamp === undefined ? 'month-first' : dayOrder(table.rows.map((r) => r.cells[stamp] ?? ''), table.headers[stamp] ?? '');

  for (const { cells, line } of table.rows) {
    const response = readResponse(cells, line, columns);
    if ('empty' in response) {
      rows.push({ line, action: 'skipped', reason: 'no organization or person name', notes: [] });
      continue;
    }
    const { ids, by } = matcher.match(response);
    const signedOn = stamp === undefined ? undefined : timestampDay(cells[stamp] ?? '', order);
    const base = { line, name: response.name, ...(signedOn ? { signedOn } : {}), ...(response.publish === false ? { publish: false as const } : {}), notes: by === 'acronym' && ids.length === 1 ? [...response.notes, 'by acronym'] : response.notes };
    if (ids.length > 1) {
      rows.push({ ...base, action: 'skipped', reason: `ambiguous: matches ${ids.join(', ')}`, candidates: ids });
      continue;
    }
    let id = ids[0];
    if (id !== undefined && firstLine.has(id)) {
      if (fresh.has(id)) {
        fillMissing(fresh.get(id)!, response);
        spellings.get(id)!.push(response.name);
      }
      rows.push({ ...base, action: 'merged', id, reason: `repeats line ${firstLine.get(id)}` });
      continue;
    }
    if (id !== undefined) {
      rows.push({ ...base, action: 'matched', id });
    } else {
      const near = response.kind === 'organization' ? lookAlikes.find({ kind: response.kind, name: response.name, ...(response.country ? { country: response.country } : {}) }) : [];
      if (near.length) {
        rows.push({ ...base, action: 'skipped', near: true, candidates: near.map((n) => n.id), reason: `near match: ${near.map((n) => `${n.id} "${n.text}"`).join(', ')}` });
        continue;
      }
      id = suggestId(response.name, response.acronym, (c) => registry.has(c) || fresh.has(c));
      const entry = newEntry(response);
      fresh.set(id, entry);
      spellings.set(id, [response.name]);
      matcher.add(id, { kind: response.kind, name: response.name, ...(response.acronym ? { short: response.acronym } : {}), ...(response.country ? { country: response.country } : {}) });
      rows.push({ ...base, action: 'added', id });
    }
    firstLine.set(id, line);
  }

  for (const [id, entry] of fresh) entry.name = bestSpelling(spellings.get(id)!);
  const signing = [...firstLine.keys()];
  const toSign = signing.filter((id) => !onLetter.has(id));
  const alreadySigned = signing.filter((id) => onLetter.has(id));
  // Any row of an organization that says "no" keeps it unnamed: a repeated "yes" never overrides it.
  const unnamed = signing.filter((id) => rows.some((r) => r.id === id && r.publish === false && r.action !== 'skipped'));
  const count = (action: RowAction) => rows.filter((r) => r.action === action).length;
  return {
    rows,
    newEntries: [...fresh.entries()].map(([id, entry]) => [id, entryForFile(entry)]),
    toSign,
    alreadySigned,
    unnamed,
    counts: {
      rows: rows.length, matched: count('matched'), added: count('added'), merged: count('merged'), skipped: count('skipped'),
      signed: toSign.length, alreadySigned: alreadySigned.length, unnamed: unnamed.length,
    },
    columns,
  };
}

function newEntry(r: Response): Record<string, unknown> {
  return {
    kind: r.kind,
    name: r.name,
    ...(r.acronym ? { short: r.acronym } : {}),
    ...(r.title ? { title: r.title } : {}),
    ...(r.affiliation ? { affiliation: r.affiliation } : {}),
    ...(r.country ? { country: r.country } : {}),
    ...(r.website ? { website: r.website } : {}),
    ...(r.contactName || r.email ? { contact: { ...(r.contactName ? { name: r.contactName } : {}), ...(r.email ? { email: r.email } : {}) } } : {}),
  };
}

/** A repeated row completes what the first one left empty; it never overwrites. */
function fillMissing(entry: Record<string, unknown>, r: Response): void {
  const more = newEntry(r);
  for (const [key, value] of Object.entries(more)) {
    if (entry[key] === undefined) entry[key] = value;
    else if (key === 'contact') entry[key] = { ...(value as object), ...(entry[key] as object) };
  }
}
