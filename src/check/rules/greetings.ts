/**
 * Greetings a native reader would correct: an addressee without a salutation (the
 * greeting then builds one from their gender, "Estimada señora Ortiz:", or prints the
 * full name), and an addressee whose gender a gendered greeting needs ("Estimado" or
 * "Estimada") but neither `gender:` nor the salutation or title tells. Reported at
 * the addressee's line, once per addressee, naming the languages concerned.
 */
import type { Diagnostic } from '../../errors.js';
import { genderEvidence } from '../../i18n/gender.js';
import { buildGreeting, greetingAgrees, greetingTerm } from '../../i18n/greeting.js';
import { languageName } from '../../i18n/intl.js';
import { pick } from '../../i18n/localized.js';
import { loadStrings, type UiStrings } from '../../i18n/strings.js';
import type { Addressee, Localized } from '../../model/schema.js';
import { completeLanguages } from '../../workspace/read-letter.js';
import type { Rule } from '../types.js';
import { hasPlaceholder } from './placeholders.js';

export const greetings: Rule = {
  name: 'greetings',
  letter({ ws, prepared }) {
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
    addressees.forEach(({ a, index }) => {
      if (unfinished(a)) return;
      const at = { file: letter.file, ...letter.source!.locate(['to', index]) };
      const name = pick(a.name, fm.languages[0]!)!;
      const missing = built.filter(({ lang, strings }) => greetingTerm(a, lang, strings, gender).source !== 'written');
      const genderless = built.filter(({ lang, strings }) => !greetingTerm(a, lang, strings, gender).gender && greetingAgrees(to, lang, strings));
      if (missing.length) {
        const example = missing[0]!;
        const printed = buildGreeting(to, example.lang, example.strings, gender);
        diagnostics.push({
          ...at, severity: 'warning', code: 'salutation-missing',
          message: `${name} has no salutation in ${names(missing)}: the greeting reads "${printed}"`,
          hint: `Write how the letter addresses them: salutation: { ${missing.map((m) => `${m.lang}: …`).join(', ')} } (e.g. "Ministra Ortiz", "Madame la Ministre", "Senhora Ministra")${
            a.gender || greetingTerm(a, example.lang, example.strings, gender).gender ? '' : '; with gender: f or m, coalition builds one ("señora Ortiz", "Madame")'}.`,
        });
      }
      if (genderless.length) {
        diagnostics.push({
          ...at, severity: 'warning', code: 'gender-unknown',
          message: `the ${names(genderless)} greeting agrees with ${name}'s gender, which neither gender: nor the salutation or title makes plain; the masculine form is printed`,
          hint: 'Add gender: f or gender: m to this addressee, or a salutation that shows it ("Ministra", "Senhora", "Madame").',
        });
      }
    });
    return diagnostics;
  },
};

function names(items: { lang: string }[]): string {
  return items.map((i) => `${languageName(i.lang)} (${i.lang})`).join(', ');
}

/** An addressee still being written: the placeholder error already points there. */
function unfinished(a: Addressee): boolean {
  const texts = (value: Localized | undefined) => (value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value));
  return [...texts(a.name), ...texts(a.title), ...texts(a.salutation)].some(hasPlaceholder);
}
