/**
 * Greetings a native reader would correct, each reported at the addressee's line, once
 * per addressee, naming the languages concerned and saying what the greeting assumed:
 * - an addressee without a salutation (the greeting builds one from their gender,
 *   "Estimada señora Ortiz:", or prints the full name): `salutation-missing`;
 * - an addressee whose gender a gendered greeting needs ("Estimado" or "Estimada") but
 *   neither `gender:` nor the salutation, honorific or title shows: the greeting leaves
 *   their adjective out (never the masculine), `gender-unknown`, an error under
 *   `--strict` and in `release` (a release is what goes to a minister);
 * - a built salutation that needed a family name the name does not give safely
 *   ("Juan Ramón de la Fuente" in a language of two surnames): the full name stands
 *   in, `family-name-unknown`.
 */
import type { Diagnostic } from '../../errors.js';
import { genderEvidence } from '../../i18n/gender.js';
import { buildGreeting, greetingAgrees, greetingTerm } from '../../i18n/greeting.js';
import { languageName } from '../../i18n/intl.js';
import { pick } from '../../i18n/localized.js';
import { nameParts } from '../../i18n/names.js';
import { loadStrings, type UiStrings } from '../../i18n/strings.js';
import type { Addressee, Localized } from '../../model/schema.js';
import { completeLanguages } from '../../workspace/read-letter.js';
import type { Rule } from '../types.js';
import { hasPlaceholder } from './placeholders.js';

export const greetings: Rule = {
  name: 'greetings',
  letter({ ws, prepared, strict }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source || fm.to.length === 0) return [];
    // Officials' ids and groups as expanded (reported at their item's line); inline addressees alone when the letter did not load.
    const addressees = prepared.recipients?.map((r) => ({ a: r.addressee, index: r.index }))
      ?? fm.to.flatMap((a, index) => (typeof a === 'string' || 'group' in a ? [] : [{ a, index }]));
    const to = addressees.map(({ a }) => a);
    // Languages whose greeting coalition builds (the letter's own `greeting:` wins), with their strings;
    // a language still waiting for its translation is reported by what it lacks, not again here.
    const built: { lang: string; strings: UiStrings }[] = [];
    for (const lang of completeLanguages(letter)) {
      // The letter's own greeting, even `greeting: ""` (none printed), is the writer's: nothing to ask.
      if (pick(fm.greeting, lang) !== undefined) continue;
      try {
        built.push({ lang, strings: loadStrings(ws.templates, lang) });
      } catch {
        // A broken strings file is the templates rule's to report.
      }
    }
    const gender = genderEvidence(ws.templates, fm.languages);
    const diagnostics: Diagnostic[] = [];
    const greetingIn = ({ lang, strings }: { lang: string; strings: UiStrings }) => `"${buildGreeting(to, lang, strings, gender)}" (${lang})`;
    addressees.forEach(({ a, index }) => {
      if (unfinished(a)) return;
      // Positions need the full YAML document (tens of ms): looked up only for a problem.
      const at = () => ({ file: letter.file, ...letter.source!.locate(['to', index]) });
      const name = pick(a.name, fm.languages[0]!)!;
      const terms = built.map((b) => ({ ...b, term: greetingTerm(a, b.lang, b.strings, gender) }));
      const missing = terms.filter(({ term }) => term.source !== 'written');
      const genderless = terms.filter(({ lang, strings, term }) => !term.gender && greetingAgrees(to, lang, strings));
      const fullName = terms.filter(({ term }) => term.fullName);
      if (missing.length) {
        const example = missing[0]!;
        diagnostics.push({
          ...at(), severity: 'warning', code: 'salutation-missing',
          message: `${name} has no salutation in ${names(missing)}: the greeting reads ${greetingIn(example)}, ${
            example.term.source !== 'built' ? 'with the full name'
              : example.term.office ? `built from the title's office${example.term.gender ? ` and gender ${example.term.gender}` : ''}`
                : `built from ${example.term.gender ? `gender ${example.term.gender}` : 'no gender'}`}`,
          hint: `Write how the letter addresses them: salutation: { ${missing.map((m) => `${m.lang}: …`).join(', ')} } (e.g. "Ministra Ortiz", "Madame la Ministre", "Senhora Ministra")${
            a.gender || example.term.gender ? '' : '; with gender: f or m, coalition builds one ("señora Ortiz", "Madame")'}.`,
        });
      }
      if (genderless.length) {
        diagnostics.push({
          ...at(), severity: strict ? 'error' : 'warning', code: 'gender-unknown',
          message: `the ${names(genderless)} greeting agrees with ${name}'s gender, which neither gender: nor the salutation, honorific or title shows: no gender was assumed and the greeting leaves their adjective out: ${greetingIn(genderless[0]!)}`,
          hint: `Add gender: f or gender: m to this addressee, or a salutation or honorific that shows it ("Ministra", "Senhora", "Excelentísima Señora")${strict ? '' : '; `release` refuses the letter until then'}.`,
        });
      }
      if (fullName.length) {
        diagnostics.push({
          ...at(), severity: 'warning', code: 'family-name-unknown',
          message: `${name} may carry two surnames, and no family_name: says which the greeting uses: the full name was used, ${greetingIn(fullName[0]!)}`,
          hint: `Add family_name: to this addressee (e.g. family_name: ${suggestFamily(name)}), or write their salutation.`,
        });
      }
    });
    return diagnostics;
  },
};

function names(items: { lang: string }[]): string {
  return items.map((i) => `${languageName(i.lang)} (${i.lang})`).join(', ');
}

/** "Juan Ramón de la Fuente" → "de la Fuente": a shape to copy, not a guess the greeting relies on. */
function suggestFamily(name: string): string {
  return nameParts(name, 'default').family;
}

/** An addressee still being written: the placeholder error already points there. */
function unfinished(a: Addressee): boolean {
  const texts = (value: Localized | undefined) => (value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value));
  return [...texts(a.name), ...texts(a.title), ...texts(a.salutation)].some(hasPlaceholder);
}
