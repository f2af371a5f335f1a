/**
 * The greeting built from the addressees' salutations: "Dear A and B," / "Estimados A
 * y B:" / "Madame la Ministre, Monsieur le Ministre,". Where the language's strings
 * have gendered forms the greeting agrees with the addressees (`gender:`, or what the
 * salutation or title makes plain): all women → feminine, all men → masculine; mixed,
 * each gets their own form ("Estimada Secretaria Bárcena y estimado Secretario
 * Mayorkas:"). An unknown gender takes the masculine, the generic form in Spanish and
 * Portuguese; `check` warns about it. A collective addressee ("Members of the
 * Committee", `collective: true`) is no one gender: it is greeted as written, and a
 * greeting that names one takes the language's default form. A letter's own
 * `greeting:` always wins.
 */
import type { Addressee } from '../model/schema.js';
import { addresseeGender, type Gender, type GenderEvidence } from './gender.js';
import { joinList } from './intl.js';
import { pick } from './localized.js';
import { nameConvention, nameParts } from './names.js';
import { fill, type UiStrings } from './strings.js';

type Forms = UiStrings['greeting'] | NonNullable<UiStrings['greeting']['private']>;

/** What the greeting knows of one addressee in one language. */
export interface GreetingTerm {
  /** The salutation as written, or built from `salutation_forms`, or (last resort) the full name. */
  salutation: string;
  /** How the salutation was found: written, built from gender and name, or the bare name. */
  source: 'written' | 'built' | 'name';
  gender?: Gender;
}

/** The evidence of a letter in `lang` alone, read with `strings`' own words. */
function alone(lang: string, strings: UiStrings): GenderEvidence {
  return { langs: [lang], wordsOf: (l) => (l === lang ? strings.gender_words : undefined) };
}

/**
 * @param evidence the letter's languages and their words: a salutation or title in any
 *   of them may tell the addressee's gender ("Ministra" in the Spanish text tells it for the French).
 */
export function greetingTerm(a: Addressee, lang: string, strings: UiStrings, evidence: GenderEvidence = alone(lang, strings)): GreetingTerm {
  const written = pick(a.salutation, lang);
  const name = pick(a.name, lang)!;
  if (a.collective) return { salutation: written ?? name, source: 'written' };
  const gender = addresseeGender(a, evidence);
  if (written) return { salutation: written, source: 'written', ...(gender ? { gender } : {}) };
  const form = gender ? strings.salutation_forms?.[gender] : undefined;
  if (form && gender) {
    const family = nameParts(name, nameConvention(undefined, evidence.langs[0] ?? lang)).family || name;
    return { salutation: fill(form, { family, name }), source: 'built', gender };
  }
  return { salutation: name, source: 'name', ...(gender ? { gender } : {}) };
}

/**
 * The forms that apply: Portuguese greets private persons (no addressee with a title)
 * with "Prezado(a)"; a collective addressee ("Membros do Comitê") is not a private person.
 */
function formsFor(to: readonly Addressee[], lang: string, strings: UiStrings): Forms {
  const official = to.some((a) => a.collective || pick(a.title, lang));
  return !official && strings.greeting.private ? strings.greeting.private : strings.greeting;
}

/** Whether the language's greeting changes with the addressees' gender: never when one of them is collective. */
export function greetingAgrees(to: readonly Addressee[], lang: string, strings: UiStrings): boolean {
  if (to.some((a) => a.collective)) return false;
  const forms = formsFor(to, lang, strings);
  return forms.m !== undefined && forms.f !== undefined && forms.m !== forms.f;
}

/** @param evidence as for greetingTerm. */
export function buildGreeting(to: readonly Addressee[], lang: string, strings: UiStrings, evidence: GenderEvidence = alone(lang, strings)): string | undefined {
  if (to.length === 0) return undefined;
  const forms = formsFor(to, lang, strings);
  const terms = to.map((a) => greetingTerm(a, lang, strings, evidence));
  const join = (items: string[]) => (strings.greeting.separator !== undefined ? items.join(strings.greeting.separator) : joinList(items, lang));
  // Unknown counts as masculine: the generic form.
  const genders = terms.map((t) => t.gender ?? 'm');
  const agrees = greetingAgrees(to, lang, strings);
  const mixed = agrees && new Set(genders).size > 1;
  if (to.some((a) => a.collective)) return fill(forms.default, { names: join(terms.map((t) => t.salutation)) });
  if (to.length > 1 && (mixed || strings.greeting.each)) {
    // Each addressee their own form, the later ones in lowercase: "Estimada A y estimado B:".
    const parts = terms.map((t, i) => {
      const [before] = splitAt(forms[genders[i]!] ?? forms.default);
      return `${i === 0 ? before : lowerFirst(before)}${t.salutation}`;
    });
    return `${join(parts)}${splitAt(forms[genders[0]!] ?? forms.default)[1]}`;
  }
  const feminine = genders.every((g) => g === 'f');
  const key = `${feminine ? 'f' : 'm'}${to.length > 1 ? '_plural' : ''}` as 'f' | 'm' | 'f_plural' | 'm_plural';
  return fill(forms[key] ?? forms.default, { names: join(terms.map((t) => t.salutation)) });
}

/** "Estimado {names}:" → ["Estimado ", ":"]. */
function splitAt(template: string): [string, string] {
  const at = template.indexOf('{names}');
  return at === -1 ? [template, ''] : [template.slice(0, at), template.slice(at + '{names}'.length)];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
