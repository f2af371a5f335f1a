/**
 * `coalition import`: plan the merge of a sign-on export, then (unless a dry run)
 * add the new registry entries and sign the letter, all under the workspace lock.
 */
import { displayPath } from '../../workspace/workspace.js';
import { letterFingerprint } from '../fingerprint.js';
import { openLetterForEdit, saveLetterEdit } from '../../workspace/letter-edit.js';
import { withWorkspaceLock } from '../../workspace/lock.js';
import { openRegistryForEdit, saveRegistryEdit, usesBlankLines } from '../../workspace/registry-edit.js';
import { signerEntry } from '../signer-entry.js';
import { mapColumns } from './columns.js';
import { readCsvText, type CsvEncoding } from './csv-encoding.js';
import { readCsv } from './csv-table.js';
import { planImport, type ImportPlan } from './plan.js';
import { localToday } from '../../i18n/intl.js';

export interface ImportOptions {
  dryRun?: boolean;
  confirmed?: boolean;
  /** "header=field" overrides. */
  map?: string[];
  date?: string;
  /** The header of the consent column ("May we publish your name?"), when it is not recognized. */
  consentColumn?: string;
}

export interface ImportResult extends ImportPlan {
  letter: string;
  csv: string;
  /** How the CSV file was read: `utf-8`, or what Excel wrote (`windows-1252`, `utf-16le`). */
  encoding: CsvEncoding;
  written: boolean;
}

export async function importResponses(root: string, letterPath: string, csvPath: string, csvDisplay: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { text: csvText, encoding } = await readCsvText(csvPath, csvDisplay);
  const table = readCsv(csvText, csvDisplay);
  const columns = mapColumns(table.headers, [...(options.map ?? []), ...(options.consentColumn !== undefined ? [`${options.consentColumn}=consent`] : [])]);
  return withWorkspaceLock(root, async () => {
    const registry = await openRegistryForEdit(root);
    const file = displayPath(root, letterPath);
    const letter = await openLetterForEdit(root, letterPath, file);
    const plan = planImport(table, columns, registry.registry.signatories, new Set(letter.signers.map((s) => s.id)));
    const result = { ...plan, letter: file, csv: csvDisplay, encoding, written: false };
    if (options.dryRun) return result;
    registry.editor.addPairs(['signatories'], plan.newEntries, { blankLineBefore: usesBlankLines(registry.file.text) });
    await saveRegistryEdit(registry);
    const status = options.confirmed ? 'confirmed' : 'pending';
    const text = letterFingerprint(letter.letter);
    // The day each organization submitted the form (its first row), unless --date says otherwise; else today.
    const submitted = new Map<string, string>();
    for (const row of plan.rows) if (row.id && row.signedOn && (row.action === 'matched' || row.action === 'added') && !submitted.has(row.id)) submitted.set(row.id, row.signedOn);
    const today = localToday();
    const unnamed = new Set(plan.unnamed);
    // A signer already on the letter who now says "no" is unnamed from now on; a "yes" never names one who asked not to be.
    for (const signer of letter.signers) {
      if (unnamed.has(signer.id) && signer.publish !== false) letter.editor.set(['signatories', signer.index], signerEntry({ ...signer, publish: false }));
    }
    letter.editor.append(['signatories'], plan.toSign.map((id) => signerEntry({
      id, status, signedOn: options.date ?? submitted.get(id) ?? today, ...(status === 'confirmed' ? { text } : {}), ...(unnamed.has(id) ? { publish: false as const } : {}),
    })));
    const wroteLetter = await saveLetterEdit(letter);
    return { ...result, written: plan.newEntries.length > 0 || wroteLetter };
  });
}
