/**
 * The skeleton `coalition new` writes: front matter with every common field, and one
 * `::: <lang>` block per language with the same three paragraphs, so a fresh letter
 * passes \`coalition check\` except for its TODO placeholders (reported as errors:
 * each is something still to write) and builds as it is. Every placeholder, hint and
 * closing is in its own language (`scaffold:` in templates/i18n/<lang>.yaml).
 */
import { chineseFamilyName, nameConvention, nameParts } from '../i18n/names.js';
import type { TemplateFiles } from '../workspace/template-files.js';
import { scaffoldTexts } from './scaffold-texts.js';

export interface LetterSkeleton {
  title?: string;
  date: string;
  langs: string[];
  /** Addressee names. */
  to: string[];
  /** Where each language's placeholders come from (its strings file's `scaffold:`). */
  files: TemplateFiles;
}

/**
 * One YAML scalar that reads the same in block and flow context (`{ en: …, es: … }`):
 * plain when safe, else double-quoted (a JSON string is valid YAML).
 */
function scalar(value: string): string {
  // A line break ("此致\n敬礼") only survives quoted.
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:'"\n\r]*$/.test(value) && !/\s$/.test(value)
    && !/^(true|false|null|yes|no|on|off|~|[-+]?[\d.]+)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

/** `{ en: …, es: … }` with each language's value, or one value when there is one language. */
function localized(langs: string[], valueFor: (lang: string, index: number) => string): string {
  if (langs.length === 1) return scalar(valueFor(langs[0]!, 0));
  return `{ ${langs.map((lang, i) => `${lang}: ${scalar(valueFor(lang, i))}`).join(', ')} }`;
}

export function letterSkeleton(options: LetterSkeleton): string {
  const { langs, date } = options;
  const texts = (lang: string) => scaffoldTexts(options.files, lang);
  const title = langs.length === 1
    ? `title: ${scalar(options.title ?? texts(langs[0]!).title)}`
    : ['title:', ...langs.map((lang, i) => `  ${lang}: ${scalar(i === 0 && options.title ? options.title : texts(lang).title)}`)].join('\n');
  // The addressee's naming convention, not the language's: a letter with a Spanish
  // edition is to someone who goes by Spanish surnames ("Carolina Vargas Ríos" is
  // Ministra Vargas, and Minister Vargas in English too).
  const convention = langs.map((lang) => nameConvention(undefined, lang)).find((c) => c !== 'default') ?? 'default';
  const addressees = (options.to.length ? options.to : [undefined]).map((name) => {
    const family = (lang: string) => (name ? chineseFamilyName(name) ?? nameParts(name, convention).family : texts(lang).exampleFamily);
    return [
      `  - name: ${scalar(name ?? 'TODO name of the addressee')}`,
      `    title: ${localized(langs, (lang) => texts(lang).office)}`,
      `    salutation: ${localized(langs, (lang) => texts(lang).salutation(family(lang)))}`,
      '    # gender: f               # f or m, where the salutation and title do not make it plain',
      '    # honorific: { en: The Honorable }',
      '    # address: [Street, "City, ST 00000"]',
    ].join('\n');
  });
  const closing = localized(langs, (lang) => texts(lang).closing);
  const front = [
    '---',
    '# Written by `coalition new`. Replace every TODO, then run `coalition check`:',
    '# it lists, with line numbers, what is still missing.',
    title,
    `date: ${date}              # the date printed on the letter`,
    `languages: [${langs.join(', ')}]${langs.length > 1 ? `       # the first, ${langs[0]}, is the original` : ''}`,
    '# place: Washington, D.C.',
    '# subject: { en: …, es: … }   # an optional "Re:" line',
    'to:                           # addressees, printed in this order',
    ...addressees,
    '# cc:',
    '#   - Name, Title',
    `closing: ${closing}`,
    ...(langs.length > 1 ? [`# translation_note: { ${langs[1]}: … }   # e.g. "unofficial translation; the ${langs[0]} text prevails"`] : []),
    'signatories: []               # ids from signatories.yaml: `coalition sign <letter> <id>` adds one',
    '# signing:',
    '#   order: alphabetical         # or as-listed',
    '#   group_by: none              # or country',
    '---',
  ];
  const bodies = langs.map((lang) => ['', `::: ${lang}`, texts(lang).paragraphs.join('\n\n'), ':::'].join('\n'));
  return `${front.join('\n')}\n${bodies.join('\n')}\n`;
}
