/**
 * A letter language coalition has no strings for (no `templates/i18n/<lang>.yaml`,
 * built in or in the workspace, for the language or its base): its labels, greeting
 * and page numbers would print in English. Reported at the language's line.
 */
import type { Diagnostic } from '../../errors.js';
import { baseLanguage, hasStrings, shippedLanguages } from '../../i18n/strings.js';
import { isLanguageCode, meantLanguage } from '../../workspace/language-coverage.js';
import type { Rule } from '../types.js';

export const languageStrings: Rule = {
  name: 'language-strings',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source) return [];
    const diagnostics: Diagnostic[] = [];
    fm.languages.forEach((lang, i) => {
      // A language without its body is `missing-body`'s to report (with "did you mean" for `sp`).
      if (!letter.bodies.has(lang) || known(() => hasStrings(ws.templates, lang))) return;
      const base = baseLanguage(lang);
      // `sp` for Spanish: say which language was meant before how to translate the strings.
      const meant = isLanguageCode(lang) ? undefined : meantLanguage(lang, fm.languages, []);
      diagnostics.push({
        file: letter.file, ...letter.source!.locate(['languages', i]), severity: 'warning', code: 'no-strings',
        message: meant
          ? `"${lang}" is no language code; did you mean "${meant}"? (it has no strings file: its greeting, labels and page numbers would print in English)`
          : `"${lang}" has no strings file (templates/i18n/${base}.yaml): its greeting, labels and page numbers print in English`,
        hint: meant
          ? `Write "${meant}" in languages: and \`::: ${meant}\` for its block.`
          : `Copy coalition's templates/i18n/en.yaml to templates/i18n/${base}.yaml in the workspace and translate it (coalition ships ${listed(shippedLanguages(ws.templates))}).`,
      });
    });
    return diagnostics;
  },
};

/** "de, en and es". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

/** A strings file that cannot be read (a link out of the workspace) is the templates rule's to report. */
function known(test: () => boolean): boolean {
  try {
    return test();
  } catch {
    return true;
  }
}
