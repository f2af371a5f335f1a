/**
 * The skeleton `coalition new` writes: front matter with every common field, and one
 * `::: <lang>` block per language with the same three paragraphs, so a fresh letter
 * passes \`coalition check\` except for its TODO placeholders (reported as errors:
 * each is something still to write) and builds as it is.
 */
export interface LetterSkeleton {
  title?: string;
  date: string;
  langs: string[];
  /** Addressee names. */
  to: string[];
}

const CLOSINGS: Record<string, string> = {
  en: 'Sincerely,', es: 'Atentamente,', pt: 'Atenciosamente,', fr: 'Veuillez agréer nos salutations distinguées,',
};

const PARAGRAPHS: Record<string, string[]> = {
  en: [
    'TODO: who we are, and why we write now.',
    'TODO: the facts, with their sources.',
    'TODO: what we ask of you.',
  ],
  es: [
    'TODO: quiénes somos y por qué escribimos ahora.',
    'TODO: los hechos, con sus fuentes.',
    'TODO: lo que les pedimos.',
  ],
};

/**
 * One YAML scalar that reads the same in block and flow context (`{ en: …, es: … }`):
 * plain when safe, else double-quoted (a JSON string is valid YAML).
 */
function scalar(value: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:'"]*$/.test(value) && !/\s$/.test(value)
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
  const title = langs.length === 1
    ? `title: ${scalar(options.title ?? 'TODO title of the letter')}`
    : ['title:', ...langs.map((lang, i) => `  ${lang}: ${scalar(i === 0 && options.title ? options.title : `TODO title (${lang})`)}`)].join('\n');
  const addressees = (options.to.length ? options.to : ['TODO name of the addressee']).map((name) => [
    `  - name: ${scalar(name)}`,
    `    title: ${localized(langs, (lang) => `TODO their title (${lang})`)}`,
    `    salutation: ${localized(langs, (lang) => lang === 'es' ? 'TODO e.g. Secretario Pérez' : 'TODO e.g. Secretary Smith')}`,
    '    # gender: f               # f or m: Spanish greetings agree with it',
    '    # address: [Street, "City, ST 00000"]',
  ].join('\n'));
  const closing = localized(langs, (lang) => CLOSINGS[lang] ?? `TODO closing (${lang})`);
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
    'signatories: []               # ids from signatories.yaml: `coalition sign <letter> <id>` adds one',
    '# signing:',
    '#   order: alphabetical         # or as-listed',
    '#   group_by: none              # or country',
    '---',
  ];
  const bodies = langs.map((lang) => {
    const paragraphs = PARAGRAPHS[lang] ?? PARAGRAPHS.en!.map((p) => p.replace('TODO:', `TODO (${lang}):`));
    return ['', `::: ${lang}`, paragraphs.join('\n\n'), ':::'].join('\n');
  });
  return `${front.join('\n')}\n${bodies.join('\n')}\n`;
}
