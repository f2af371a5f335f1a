/**
 * A CSV of officials: a header row naming the fields (name, title, salutation, gender,
 * email, address, groups, and the other fields of officials.yaml), any per-language
 * field with a language suffix (`title_es`, `salutation-fr`). Cells: `address` lines
 * separated by new lines or ";", `groups` by spaces, commas or ";". A row's `id`, if
 * the CSV has that column, names its entry; otherwise the row is matched by name.
 */
import { CoalitionError, ExitCode, type Diagnostic } from '../../errors.js';
import { OfficialSchema } from '../../model/officials-schema.js';
import { LangSchema, OfficialIdSchema } from '../../model/schema.js';
import { readCsv } from '../import/csv-table.js';
import type { ImportBatch, ImportedOfficial } from './import-batch.js';

const PLAIN = ['id', 'name', 'sort_as', 'gender', 'family_name', 'party', 'address', 'email', 'language', 'phone', 'contact_form', 'website', 'office', 'until', 'groups'] as const;
const PER_LANGUAGE = ['title', 'salutation', 'honorific'] as const;

interface Column {
  index: number;
  field: string;
  lang?: string;
}

export function csvBatch(text: string, file: string): ImportBatch {
  const table = readCsv(text, file);
  const notes: string[] = [];
  const columns: Column[] = [];
  table.headers.forEach((header, index) => {
    const column = readHeader(header);
    if (column) columns.push({ index, ...column });
    else if (header.trim()) notes.push(`the column "${header}" is not a field of officials.yaml: it was left out`);
  });
  for (const plain of columns.filter((c) => !c.lang && (PER_LANGUAGE as readonly string[]).includes(c.field))) {
    // `title` beside `title_es` is the English text, unless `title_en` says it too.
    const languages = columns.filter((c) => c.field === plain.field && c.lang);
    if (languages.length && !languages.some((c) => c.lang === 'en')) plain.lang = 'en';
  }
  if (!columns.some((c) => c.field === 'name')) {
    throw new CoalitionError(`${file}: no column is headed "name"`, {
      code: 'missing-column', exitCode: ExitCode.input,
      hint: `Head the columns with field names: name, title, salutation, gender, email, address, groups… (per language: title_es); the headers are: ${table.headers.join(', ')}.`,
    });
  }
  const problems: Diagnostic[] = [];
  const officials = table.rows.flatMap(({ line, cells }): ImportedOfficial[] => {
    const { id, entry } = rowEntry(columns, cells);
    const problem = (message: string, hint: string) => problems.push({ file, line, column: 0, severity: 'error', code: 'invalid-row', message, hint });
    if (id !== undefined && !OfficialIdSchema.safeParse(id).success) {
      problem(`id "${id}" is not a valid id`, 'An id is lowercase letters, digits and "-", such as "min-interior".');
      return [];
    }
    const parsed = OfficialSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problem(`${issue.path.join('.') || 'row'}: ${issue.message}`, 'Fix the cell on this line: see docs/officials.md for each field.');
      return [];
    }
    return [{ ...(id ? { id } : {}), ids: [], entry: parsed.data }];
  });
  if (problems.length) {
    throw new CoalitionError(`${file}: ${problems.length} row${problems.length === 1 ? '' : 's'} cannot be imported; nothing was changed`, {
      code: 'invalid-csv', exitCode: ExitCode.input, diagnostics: problems,
    });
  }
  const owned = [...new Set(columns.map((c) => c.field).filter((f) => f !== 'id'))];
  return { kind: 'CSV', officials, groups: [], ownedFields: owned, ownsGroup: () => owned.includes('groups'), notes };
}

/** "Title_ES", "title-es", "Contact form" → the field and language they name. */
function readHeader(header: string): Omit<Column, 'index'> | undefined {
  const key = header.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if ((PLAIN as readonly string[]).includes(key) || (PER_LANGUAGE as readonly string[]).includes(key)) return { field: key };
  const match = /^(title|salutation|honorific)_([a-z]{2,3}(?:_[a-z]{2})?)$/.exec(key);
  if (!match) return undefined;
  const lang = match[2]!.replace(/_([a-z]{2})$/, (_, region: string) => `-${region.toUpperCase()}`);
  return LangSchema.safeParse(lang).success ? { field: match[1]!, lang } : undefined;
}

function rowEntry(columns: readonly Column[], cells: readonly string[]): { id?: string; entry: Record<string, unknown> } {
  const entry: Record<string, unknown> = {};
  let id: string | undefined;
  // Language columns first: a plain `title` beside `title_en` and `title_es` fills only rows whose language cells are empty.
  for (const { index, field, lang } of [...columns].sort((a, b) => Number(!a.lang) - Number(!b.lang))) {
    const cell = (cells[index] ?? '').trim();
    if (!cell) continue;
    if (field === 'id') id = cell;
    else if (lang) entry[field] = { ...(typeof entry[field] === 'object' ? entry[field] as object : {}), [lang]: cell };
    else if (field === 'address') entry.address = cell.split(/\s*(?:\n|;)\s*/).filter(Boolean);
    else if (field === 'groups') entry.groups = cell.split(/[\s,;]+/).filter(Boolean);
    else if (field === 'gender') entry.gender = ({ female: 'f', woman: 'f', mujer: 'f', male: 'm', man: 'm', hombre: 'm' } as Record<string, string>)[cell.toLowerCase()] ?? cell.toLowerCase();
    else if ((PER_LANGUAGE as readonly string[]).includes(field) && typeof entry[field] === 'object') continue; // title_xx columns already gave it
    else entry[field] = cell;
  }
  return { ...(id ? { id } : {}), entry };
}
