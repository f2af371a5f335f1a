/**
 * The greeting built from the addressees' salutations: "Dear A and B," /
 * "Estimados A y B:". Where the language's strings have gendered forms, the greeting
 * agrees with the addressees: all `gender: f` → feminine; otherwise masculine, the
 * generic form in Spanish and Portuguese. A letter's own `greeting:` always wins.
 */
import type { Addressee } from '../model/schema.js';
import { joinList } from './intl.js';
import { pick } from './localized.js';
import { fill, type UiStrings } from './strings.js';

export function buildGreeting(to: readonly Addressee[], lang: string, strings: UiStrings): string | undefined {
  if (to.length === 0) return undefined;
  const names = to.map((a) => pick(a.salutation, lang) ?? pick(a.name, lang)!);
  const feminine = to.every((a) => a.gender === 'f');
  const form = `${feminine ? 'f' : 'm'}${to.length > 1 ? '_plural' : ''}` as 'f' | 'm' | 'f_plural' | 'm_plural';
  // A collective addressee ("Members of the Committee") is no one gender: the language's default form, its name as written.
  const collective = to.some((a) => a.collective);
  const template = (collective ? undefined : strings.greeting[form]) ?? strings.greeting.default;
  return fill(template, { names: joinList(names, lang) });
}
