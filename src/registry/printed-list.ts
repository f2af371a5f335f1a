/**
 * A letter's signatory list exactly as it is printed in one language (sections, groups,
 * order, numbers, details), for `coalition status <letter> --csv`.
 */
import { CoalitionError, ExitCode } from '../errors.js';
import { letterViews } from '../render/letter-html.js';
import { openWorkspace } from '../workspace/load.js';
import { prepareLetter } from '../resolve/prepare-letter.js';

export interface PrintedRow {
  number?: number;
  section?: string;
  /** The country group's heading, when the list is grouped. */
  group?: string;
  /** The line as printed: "Washington Office on Latin America (WOLA)", "Jane Roe, Professor of Law, …". */
  text: string;
  details: string[];
  id: string;
  status: 'confirmed' | 'pending';
}

export async function printedList(root: string, letterPath: string, options: { lang?: string; draft?: boolean } = {}): Promise<{ file: string; lang: string; rows: PrintedRow[] }> {
  const ws = await openWorkspace(root);
  const prepared = await prepareLetter(ws, letterPath);
  const { letter } = prepared;
  if (!prepared.signers || !letter.frontMatter) {
    throw CoalitionError.fromDiagnostics(letter.file, prepared.diagnostics.filter((d) => d.severity === 'error'));
  }
  const languages = letter.frontMatter.languages;
  const lang = options.lang ?? languages[0]!;
  if (!languages.includes(lang) || !letter.bodies.has(lang)) {
    throw new CoalitionError(`${letter.file} has no "${lang}" edition`, {
      code: 'unknown-language', exitCode: ExitCode.usage, hint: `Its languages are ${languages.join(', ')}.`,
    });
  }
  const view = letterViews(ws, prepared, { langs: [lang], draft: options.draft }).views[0]!;
  const rows = view.signing.sections.flatMap((section) => section.groups.flatMap((group) => group.signers.map((s): PrintedRow => ({
    ...(s.number !== undefined ? { number: s.number } : {}),
    ...(section.heading ? { section: section.heading } : {}),
    ...(group.heading ? { group: group.heading } : {}),
    text: s.text,
    details: s.details ?? [],
    id: s.id,
    status: s.pending ? 'pending' : 'confirmed',
  }))));
  return { file: letter.file, lang, rows };
}
