/**
 * The printed signatory list as data, for the press release, the website and partners:
 * `signatories.json` and `signatories.csv` of a release. The rows are in the order the
 * letter prints them in its first language.
 */
import { pickOwn } from '../i18n/localized.js';
import type { Signatory } from '../model/schema.js';
import type { LetterView } from '../resolve/letter-view.js';
import { csvLine } from '../workspace/csv-line.js';
import type { Signer } from '../workspace/signers.js';

export interface SignatoryRow {
  id: string;
  /** The name in each language of the letter: `names[lang]`, else `name`. */
  name: Record<string, string>;
  acronym: string | null;
  country: string | null;
  kind: 'organization' | 'individual';
  status: string;
  signed_on: string | null;
  /** The whole line as each language's letter prints it ("… (WOLA)", "Jane Roe, Professor of Law, …"). */
  printed: Record<string, string>;
}

/**
 * @param views the letter's views, the first language first
 * @param signers the letter's signatories as written (statuses and dates)
 */
export function signatoryRows(views: readonly LetterView[], signers: readonly Signer[], registry: ReadonlyMap<string, Signatory>): SignatoryRow[] {
  const [first] = views;
  if (!first) return [];
  const byId = new Map(signers.map((s) => [s.id, s]));
  const printedIn = views.map((view) => new Map(view.signing.groups.flatMap((g) => g.signers).map((s) => [s.id, s.text])));
  return first.signing.groups.flatMap((g) => g.signers).map((printed) => {
    const entry = registry.get(printed.id)!;
    const signer = byId.get(printed.id);
    const langs = views.map((v) => v.lang);
    return {
      id: printed.id,
      name: Object.fromEntries(langs.map((lang) => [lang, entry.kind === 'individual' ? entry.name : pickOwn(entry.names, lang) ?? entry.name])),
      acronym: entry.short ?? null,
      country: entry.country ?? null,
      kind: entry.kind,
      status: signer?.status ?? 'confirmed',
      signed_on: signer?.signedOn ?? null,
      printed: Object.fromEntries(langs.map((lang, i) => [lang, printedIn[i]!.get(printed.id) ?? ''])),
    };
  });
}

export function signatoriesJson(rows: readonly SignatoryRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** One row per signer: id, name_<lang> for each language, acronym, country, kind, status, signed_on. */
export function signatoriesCsv(rows: readonly SignatoryRow[], langs: readonly string[]): string {
  const header = ['id', ...langs.map((lang) => `name_${lang}`), 'acronym', 'country', 'kind', 'status', 'signed_on'];
  const lines = rows.map((r) => [r.id, ...langs.map((lang) => r.name[lang] ?? ''), r.acronym ?? '', r.country ?? '', r.kind, r.status, r.signed_on ?? '']);
  // What Excel itself writes as "CSV UTF-8": a byte order mark (without it Excel reads
  // "Amnistía" as "AmnistÃ­a") and CRLF line ends (RFC 4180).
  return `\ufeff${[header, ...lines].map(csvLine).join('\r\n')}\r\n`;
}
