/**
 * A letter language coalition has no strings for (no `templates/i18n/<lang>.yaml`,
 * built in or in the workspace, for the language or its base): its labels, greeting
 * and page numbers would print in English. Reported at the language's line.
 */
import type { Diagnostic } from '../../errors.js';
import { baseLanguage, hasStrings, shippedLanguages } from '../../i18n/strings.js';
import type { Rule } from '../types.js';

export const languageStrings: Rule = {
  name: 'language-strings',
  letter({ ws, prepared }) {
    const { letter } = prepared;
    const fm = letter.frontMatter;
    if (!fm || !letter.source) return [];
    const diagnostics: Diagnostic[] = [];
    fm.languages.forEach((lang, i) => {
      if (known(() => hasStrings(ws.templates, lang))) return;
      const base = baseLanguage(lang);
      diagnostics.push({
        file: letter.file, ...letter.source!.locate(['languages', i]), severity: 'warning', code: 'no-strings',
        message: `"${lang}" has no strings file (templates/i18n/${base}.yaml): its greeting, labels and page numbers print in English`,
        hint: `Copy coalition's templates/i18n/en.yaml to templates/i18n/${base}.yaml in the workspace and translate it (coalition ships ${listed(shippedLanguages(ws.templates))}).`,
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
