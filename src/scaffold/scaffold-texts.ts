/**
 * What `coalition new` writes in each language: placeholders a writer replaces (each
 * starts with TODO, which `check` reports until it is gone), a salutation hint in the
 * addressee's own name, and the closing an official letter in that language uses.
 * They are the language's own, in its strings file (`scaffold:` in
 * templates/i18n/<lang>.yaml, built in or the workspace's); a regional language
 * (`pt-BR`) takes its base language's. A language without them gets English
 * placeholders marked with the language.
 */
import { fill, loadStrings, type UiStrings } from '../i18n/strings.js';
import type { TemplateFiles } from '../workspace/template-files.js';

export interface ScaffoldTexts {
  title: string;
  /** The addressee's title, to fill in. */
  office: string;
  /** A salutation hint for a person whose family name is `family`. */
  salutation(family: string): string;
  /** A family name for the hint when `--to` gave none. */
  exampleFamily: string;
  closing: string;
  paragraphs: [string, string, string];
}

export function scaffoldTexts(files: TemplateFiles, lang: string): ScaffoldTexts {
  const own = scaffoldOf(files, lang);
  if (own) return texts(own);
  const en = texts(scaffoldOf(files, 'en')!);
  return {
    ...en,
    title: `TODO title (${lang})`,
    office: `TODO their title (${lang})`,
    salutation: (family) => `TODO salutation (${lang}), e.g. Minister ${family}`,
    closing: `TODO closing (${lang})`,
    paragraphs: en.paragraphs.map((p) => p.replace('TODO:', `TODO (${lang}):`)) as [string, string, string],
  };
}

/** The language's `scaffold:`; none when its strings cannot be read (`check` says why). */
function scaffoldOf(files: TemplateFiles, lang: string): NonNullable<UiStrings['scaffold']> | undefined {
  try {
    return loadStrings(files, lang).scaffold;
  } catch {
    return undefined;
  }
}

function texts(scaffold: NonNullable<UiStrings['scaffold']>): ScaffoldTexts {
  return {
    title: scaffold.title,
    office: scaffold.office,
    salutation: (family) => fill(scaffold.salutation, { family }),
    exampleFamily: scaffold.example_family,
    closing: scaffold.closing,
    paragraphs: [...scaffold.paragraphs],
  };
}
