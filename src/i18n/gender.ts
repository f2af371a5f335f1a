/**
 * An addressee's grammatical gender, for greetings that agree with it ("Estimada
 * Ministra Silva:"). The letter's `gender:` wins; otherwise the words of the
 * salutation, the honorific and the title decide where the language makes it plain
 * (Ministra, Secretario, Senhora, Madame, Frau, "Excelentísima Señora", "Her
 * Excellency"…). Words that do not tell (Presidente, Titular, Ministre, Secretary)
 * decide nothing, and two languages that disagree leave the gender unknown: the
 * greeting then takes no gendered form at all (never the masculine by default) and
 * `check` asks for `gender:`. The words are each language's, in its strings file
 * (`gender_words:`); an entry of several words ("her excellency") is a phrase.
 */
import type { Addressee, Localized } from '../model/schema.js';
import type { TemplateFiles } from '../workspace/template-files.js';
import { loadStrings } from './strings.js';

export type Gender = 'f' | 'm';

/** Words that name a woman or a man, lowercase, abbreviations with their full stop: a strings file's `gender_words:`. */
export interface GenderWords {
  f: readonly string[];
  m: readonly string[];
}

/** The languages a letter is written in, and the words each one's strings file says tell a gender. */
export interface GenderEvidence {
  /** The letter's languages, the original first. */
  langs: readonly string[];
  wordsOf(lang: string): GenderWords | undefined;
  /** Whether any of the letter's languages gives people two surnames (`compound_surnames:`): long names are then never split by guess. */
  compoundSurnames: boolean;
}

/**
 * The evidence of a letter in `langs`: each language's `gender_words:` from its strings
 * (templates/i18n/<lang>.yaml, built in or the workspace's). A language whose strings
 * cannot be read tells nothing here; building in it reports why.
 */
export function genderEvidence(files: TemplateFiles, langs: readonly string[]): GenderEvidence {
  const strings = (lang: string) => {
    try {
      return loadStrings(files, lang);
    } catch {
      return undefined;
    }
  };
  return {
    langs,
    wordsOf: (lang) => strings(lang)?.gender_words,
    compoundSurnames: langs.some((lang) => strings(lang)?.compound_surnames === true),
  };
}

interface Lookup {
  words: Map<string, Gender>;
  /** Entries of several words ("her excellency"), found as phrases. */
  phrases: [string, Gender][];
}

const lookups = new WeakMap<GenderWords, Lookup>();

function lookup(words: GenderWords): Lookup {
  let found = lookups.get(words);
  if (!found) {
    const all = [...words.f.map((w) => [w, 'f'] as [string, Gender]), ...words.m.map((w) => [w, 'm'] as [string, Gender])];
    found = { words: new Map(all.filter(([w]) => !w.includes(' '))), phrases: all.filter(([w]) => w.includes(' ')) };
    lookups.set(words, found);
  }
  return found;
}

/** The gender the first telling word (or phrase) of `text` names in `lang`, if any. */
function genderInText(text: string, lang: string, words: GenderWords | undefined): Gender | undefined {
  if (!words) return undefined;
  const { words: known, phrases } = lookup(words);
  const spaced = ` ${text.toLocaleLowerCase(lang).split(/[\s,;:]+/).join(' ')} `;
  for (const [phrase, gender] of phrases) if (spaced.includes(` ${phrase} `)) return gender;
  for (const raw of text.split(/[\s,;:]+/)) {
    const word = raw.toLocaleLowerCase(lang);
    const found = known.get(word) ?? known.get(word.replace(/\.$/, ''));
    if (found) return found;
  }
  return undefined;
}

/** The evidence of one per-language field: each language's text read with that language's words. */
function evidence(value: Localized | undefined, from: GenderEvidence): Gender[] {
  if (value === undefined) return [];
  const pairs = typeof value === 'string' ? from.langs.map((lang) => [lang, value] as const) : Object.entries(value);
  return pairs.flatMap(([lang, text]) => {
    const g = genderInText(text, lang, from.wordsOf(lang));
    return g ? [g] : [];
  });
}

/** `gender:` if written; else what the salutations, then the honorifics, then the titles make plain; undefined when they do not or disagree. */
export function addresseeGender(a: Addressee, from: GenderEvidence): Gender | undefined {
  if (a.gender) return a.gender;
  for (const field of [a.salutation, a.honorific, a.title]) {
    const found = new Set(evidence(field, from));
    if (found.size === 1) return [...found][0];
    if (found.size > 1) return undefined;
  }
  return undefined;
}
