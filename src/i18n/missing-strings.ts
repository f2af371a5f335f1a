/**
 * A letter language coalition ships no strings for, and the workspace has none of its
 * own (no `templates/i18n/<lang>.yaml`, built in or in the workspace, for the language
 * or its base): its labels, greeting and page numbers would print in English. An
 * error (`no-strings`) in `check` (check/rules/language-strings.ts) and in `build`,
 * which refuses the letter in that language, naming the languages shipped. A
 * workspace's own strings file keeps its language working.
 */
import type { Diagnostic } from '../errors.js';
import type { LoadedLetter } from '../workspace/read-letter.js';
import type { TemplateFiles } from '../workspace/template-files.js';
import { isLanguageCode, meantLanguage } from '../workspace/language-coverage.js';
import { baseLanguage, hasStrings, shippedLanguages } from './strings.js';

/** The `no-strings` errors of `letter`'s languages (those of `only`, when given). */
export function missingStrings(templates: TemplateFiles, letter: LoadedLetter, only?: readonly string[]): Diagnostic[] {
  const fm = letter.frontMatter;
  if (!fm || !letter.source) return [];
  const diagnostics: Diagnostic[] = [];
  fm.languages.forEach((lang, i) => {
    if (only && !only.includes(lang)) return;
    // A language without its body is `missing-body`'s to report (with "did you mean" for `sp`).
    if (!letter.bodies.has(lang) || known(() => hasStrings(templates, lang))) return;
    const base = baseLanguage(lang);
    // `sp` for Spanish: say which language was meant before how to translate the strings.
    const meant = isLanguageCode(lang) ? undefined : meantLanguage(lang, fm.languages, []);
    const shipped = listed(shippedLanguages(templates));
    diagnostics.push({
      file: letter.file, ...letter.source!.locate(['languages', i]), severity: 'error', code: 'no-strings',
      message: meant
        ? `"${lang}" is no language code; did you mean "${meant}"? (coalition ships strings for ${shipped})`
        : `"${lang}" is not a language coalition ships strings for (${shipped}), and the workspace has no templates/i18n/${base}.yaml: its greeting, labels and page numbers would print in English`,
      hint: meant
        ? `Write "${meant}" in languages: and \`::: ${meant}\` for its block.`
        : `Write the letter in one of ${shipped}, or give the workspace its own strings: copy coalition's templates/i18n/en.yaml to templates/i18n/${base}.yaml and translate it (CONTRIBUTING.md, "Add a language").`,
    });
  });
  return diagnostics;
}

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
