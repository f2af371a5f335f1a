/**
 * A letter's `to:` expanded into the addressees it names, in one place, before any
 * greeting or address block is made: an inline addressee as written, an official's id
 * as that entry of officials.yaml, `{ group: … }` as every member of the group. The
 * result has the inline form, so every rule for inline addressees (greeting agreement,
 * address block, language coverage) holds for the others; problems carry the line of
 * the `to:` item they come from.
 */
import type { Diagnostic } from '../errors.js';
import type { Official } from '../model/officials-schema.js';
import type { Addressee, FrontMatter, GroupRef, Localized } from '../model/schema.js';
import { pickOwn } from '../i18n/localized.js';
import { OFFICIALS_FILE, type LoadedOfficials } from '../workspace/read-officials.js';
import { didYouMean } from '../workspace/signers.js';
import type { YamlSource } from '../yaml/yaml.js';

export interface Recipient {
  /** The official's id, or one made from an inline addressee's name: names the copy of `delivery: each`. */
  id: string;
  addressee: Addressee;
  /** The `to:` item it comes from. */
  index: number;
  /** The directory entry, for an official. */
  official?: Official;
}

interface Where {
  source: YamlSource;
  file: string;
}

type Place = Pick<Diagnostic, 'file' | 'line' | 'column'>;
type Locate = (index: number, ...path: (string | number)[]) => Place;

/** True when `to:` names officials (ids or groups), so the directory must be read. */
export function usesDirectory(to: FrontMatter['to']): boolean {
  return to.some((item) => typeof item === 'string' || 'group' in item);
}

/**
 * The recipients of `fm.to`, in order, each official once (the first mention wins).
 * `directory` is needed only when `usesDirectory(fm.to)`.
 */
export function resolveAddressees(fm: FrontMatter, directory: LoadedOfficials | undefined, where: Where): { recipients: Recipient[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const recipients: Recipient[] = [];
  // Positions only for problems: a letter read quickly has no position-keeping document to build (yaml.ts).
  const at: Locate = (index, ...path) => ({ file: where.file, ...where.source.locate(['to', index, ...path]) });
  if (directory && usesDirectory(fm.to) && directory.diagnostics.some((d) => d.severity === 'error')) {
    // The letter cannot be addressed from a broken directory: its own problems say why.
    return { recipients, diagnostics: directory.diagnostics };
  }
  const seen = new Set<string>();
  fm.to.forEach((item, index) => {
    if (typeof item !== 'string' && !('group' in item)) {
      recipients.push({ id: '', addressee: item, index });
      return;
    }
    const ids = typeof item === 'string'
      ? officialIds(item, directory, () => at(index), diagnostics)
      : groupIds(item, directory, at, index, fm.languages[0]!, diagnostics);
    const officials = ids.flatMap((id) => (seen.has(id) ? [] : [[id, directory!.officials.get(id)!] as const]));
    for (const [id, official] of officials) {
      seen.add(id);
      recipients.push({ id, addressee: addresseeOf(official), index, official });
    }
    diagnostics.push(...missingTranslations(officials, fm.languages, item, () => at(index)));
  });
  nameInline(recipients);
  return { recipients, diagnostics };
}

/**
 * `fm.to` with its officials as they were when a release was made (release/snapshot.ts):
 * `officials` holds each official's entry at the index of the `to:` item that brought it in.
 */
export function frozenAddressees(fm: FrontMatter, officials: readonly { id: string; index: number; entry: Official }[]): Recipient[] {
  const recipients = fm.to.flatMap((item, index): Recipient[] => (typeof item !== 'string' && !('group' in item)
    ? [{ id: '', addressee: item, index }]
    : officials.filter((o) => o.index === index).map(({ id, entry }) => ({ id, addressee: addresseeOf(entry), index, official: entry }))));
  nameInline(recipients);
  return recipients;
}

/** Inline addressees are named after their name, never after an official of the same letter. */
function nameInline(recipients: Recipient[]): void {
  const taken = new Set(recipients.flatMap((r) => (r.official ? [r.id] : [])));
  for (const recipient of recipients) if (!recipient.official) recipient.id = uniqueId(nameId(firstText(recipient.addressee.name)), taken);
}

/** The inline form of a directory entry. */
function addresseeOf(official: Official): Addressee {
  const { name, title, salutation, gender, family_name, honorific, address } = official;
  // The fields an official has, without the undefined ones (an inline addressee never holds those).
  return Object.fromEntries(Object.entries({ name, title, salutation, gender, family_name, honorific, address }).filter(([, v]) => v !== undefined)) as unknown as Addressee;
}

/** A name that may differ by language (`name: { en: …, es: … }`): its first text, for a file name. */
function firstText(name: Localized): string {
  return typeof name === 'string' ? name : Object.values(name)[0] ?? '';
}

function officialIds(id: string, directory: LoadedOfficials | undefined, at: () => Place, diagnostics: Diagnostic[]): string[] {
  if (directory?.officials.has(id)) return [id];
  const group = directory?.members.has(id) ? ` There is a group "${id}": write { group: ${id} } for its members.` : '';
  diagnostics.push(directory?.exists
    ? {
        ...at(), severity: 'error', code: 'unknown-official',
        message: `"${id}" is not in ${OFFICIALS_FILE}${didYouMean(id, directory.officials.keys())}`,
        hint: `Fix the id (coalition officials list shows them), or add the official: coalition officials add ${id} --name "…".${group}`,
      }
    : noDirectory(`"${id}"`, at()));
  return [];
}

function groupIds(
  ref: GroupRef,
  directory: LoadedOfficials | undefined,
  at: Locate,
  index: number,
  lang: string,
  diagnostics: Diagnostic[],
): string[] {
  const members = directory?.members.get(ref.group);
  if (!members) {
    diagnostics.push(directory?.exists
      ? {
          ...at(index, 'group'), severity: 'error', code: 'unknown-group',
          message: `no official in ${OFFICIALS_FILE} is in the group "${ref.group}"${didYouMean(ref.group, directory.members.keys())}`,
          hint: 'Fix the group id (coalition officials list --groups shows them), or add officials to it (coalition officials edit <id> --group …).',
        }
      : noDirectory(`{ group: ${ref.group} }`, at(index)));
    return [];
  }
  if (members.length === 0) {
    diagnostics.push({
      ...at(index, 'group'), severity: 'warning', code: 'empty-group',
      message: `the group "${ref.group}" has no members: this item addresses no one`,
      hint: 'Add members to the group in officials.yaml, or remove the item.',
    });
  }
  if (ref.order === 'alphabetical') {
    const collator = new Intl.Collator(lang, { sensitivity: 'base' });
    const key = (id: string) => sortKey(directory!.officials.get(id)!);
    return [...members].sort((a, b) => collator.compare(key(a), key(b)));
  }
  if (Array.isArray(ref.order)) {
    const outside = ref.order.map((id, i) => [id, i] as const).filter(([id]) => !members.includes(id));
    for (const [id, i] of outside) {
      diagnostics.push({
        ...at(index, 'order', i), severity: 'error', code: 'not-in-group',
        message: `order: "${id}" is not a member of the group "${ref.group}"`,
        hint: `List only members of ${ref.group} under order: (coalition officials list --group ${ref.group}).`,
      });
    }
    const first = ref.order.filter((id) => members.includes(id));
    return [...new Set([...first, ...members])];
  }
  return members;
}

function noDirectory(what: string, at: Place): Diagnostic {
  return {
    ...at, severity: 'error', code: 'no-officials',
    message: `${what} names an official, but this workspace has no ${OFFICIALS_FILE}`,
    hint: 'Import a directory (coalition officials import <file>) or add officials (coalition officials add <id> --name "…"); or write the addressee out: { name: …, title: …, salutation: … }.',
  };
}

// `honorific` may name only some languages (it prints where it is given), as inline.
const LOCALIZED = ['title', 'salutation'] as const;

/**
 * The inline rule (every language of the letter in every per-language field) for the
 * officials one `to:` item brings in: one error per field and language, naming them.
 */
function missingTranslations(officials: readonly (readonly [string, Official])[], languages: readonly string[], item: string | GroupRef, at: () => Place): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const what = typeof item === 'string' ? item : `{ group: ${item.group} }`;
  for (const field of LOCALIZED) {
    for (const lang of languages) {
      const lacking = officials.filter(([, o]) => lacks(o[field], lang)).map(([id]) => id);
      if (!lacking.length) continue;
      const shown = lacking.length > 5 ? `${lacking.slice(0, 5).join(', ')} and ${lacking.length - 5} more` : lacking.join(', ');
      problems.push({
        ...at(), severity: 'error', code: 'missing-translation',
        message: typeof item === 'string'
          ? `${what}: its ${field} in ${OFFICIALS_FILE} has no "${lang}" text`
          : `${what}: the ${field} of ${lacking.length === 1 ? 'one member' : `${lacking.length} members`} in ${OFFICIALS_FILE} has no "${lang}" text (${shown})`,
        hint: `Add \`${lang}: …\` to their ${field} in ${OFFICIALS_FILE} (coalition officials edit <id> --${field}-${lang} "…"), or write it as one text for every language.`,
      });
    }
  }
  return problems;
}

/** No text in `lang` nor, for a region, in its base language (what rendering falls back to). */
function lacks(value: Localized | undefined, lang: string): boolean {
  return value !== undefined && pickOwn(value, lang) === undefined;
}

/** `sort_as`, else the last word of the name (the family name, as for signatories). */
function sortKey(official: Official): string {
  return official.sort_as ?? official.name.trim().split(/\s+/).pop()!;
}

/** "Antony Blinken" → "antony-blinken": the file name of an inline addressee's copy. */
function nameId(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'addressee';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
