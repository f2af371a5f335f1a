/**
 * The bad-input corpus: each case is a workspace a user or a partner could produce,
 * the exit status `coalition build` must give, the file the message must name, and
 * a pattern for the fault it must describe. Every case must leave nothing written.
 */

export interface BadInput {
  name: string;
  /** Files of the workspace (path → content); `signatories.yaml` defaults to REGISTRY. */
  files: Record<string, string | Uint8Array>;
  /** Arguments after `build` (default: `--format html`). */
  args?: string[];
  exit: number;
  /** The file the message must name, as printed. */
  file: string;
  /** What the message must say about the fault. */
  fault: RegExp;
  /** Run through the real binary instead of in-process. */
  binary?: boolean;
  /** Symlinks to create: link path (in the workspace) → target (absolute, or relative to the workspace's parent). */
  symlinks?: Record<string, string>;
}

export const REGISTRY = `# registry for the hostile-input corpus
signatories:
  wola:
    name: Washington Office on Latin America
    short: WOLA
    country: US
  hrw:
    name: Human Rights Watch
    country: US
  jane-roe:
    kind: individual
    name: Jane Roe
`;

const LETTER_FIELDS = 'title: A letter\ndate: 2022-10-12\nsignatories: [wola, hrw]\n';

/** A letter with the default fields, `extra` fields appended, and `body`. */
export function letter(extra = '', body = 'We write to you.\n', fields = LETTER_FIELDS): string {
  return `---\n${fields}${extra}---\n\n${body}`;
}

/** A letter whose front matter is `yaml` exactly. */
export function frontMatter(yaml: string, body = 'Text.\n'): string {
  return `---\n${yaml}---\n\n${body}`;
}

const X = 'letters/x.md';
const R = 'signatories.yaml';

const aliasBomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
`;
const deepFlow = `title: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
const deepBlock = `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} end\n`;
/** Deep enough to overflow the YAML parser's stack (3,000 levels, 4.5 MB of indentation). */
const overflowBlock = `${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} end\n`;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));

export const BAD_INPUTS: BadInput[] = [
  // The shape of the file.
  { name: 'empty letter', files: { [X]: '' }, exit: 1, file: X, fault: /does not start with YAML front matter/, binary: true },
  { name: 'blank letter', files: { [X]: '\n\n   \n' }, exit: 1, file: X, fault: /does not start with YAML front matter/ },
  { name: 'no front matter', files: { [X]: '# Dear friends\n\nWe write.\n' }, exit: 1, file: X, fault: /does not start with YAML front matter/ },
  { name: 'front matter never closed', files: { [X]: '---\ntitle: T\ndate: 2022-10-12\n\nBody\n' }, exit: 1, file: X, fault: /never closed/ },
  { name: 'JavaScript front matter (---js)', files: { [X]: '---js\n{ title: require("fs").readFileSync("/etc/passwd", "utf8") }\n---\nBody\n' }, exit: 1, file: `${X}:1:4`, fault: /"js" is refused: only YAML/, binary: true },
  { name: 'JavaScript front matter (---javascript)', files: { [X]: '---javascript\nmodule.exports = { title: process.exit(9) }\n---\nBody\n' }, exit: 1, file: X, fault: /"javascript" is refused/ },
  { name: 'CoffeeScript front matter', files: { [X]: '---coffee\ntitle: "x"\n---\nBody\n' }, exit: 1, file: X, fault: /"coffee" is refused/ },
  { name: 'TOML front matter', files: { [X]: '---toml\ntitle = "x"\n---\nBody\n' }, exit: 1, file: X, fault: /"toml" is refused/ },
  { name: 'JSON front matter', files: { [X]: '---json\n{"title": "x"}\n---\nBody\n' }, exit: 1, file: X, fault: /"json" is refused/ },

  // Malformed YAML.
  { name: 'unclosed flow sequence', files: { [X]: frontMatter('title: [A letter\ndate: 2022-10-12\n') }, exit: 1, file: `${X}:`, fault: /yaml-syntax/ },
  { name: 'tab indentation', files: { [X]: frontMatter('title: T\ndate: 2022-10-12\nto:\n\t- name: X\n') }, exit: 1, file: `${X}:5`, fault: /yaml-syntax/ },
  { name: 'duplicate key in front matter', files: { [X]: frontMatter('title: T\ndate: 2022-10-12\ntitle: U\n') }, exit: 1, file: `${X}:4:1`, fault: /key "title" appears twice/ },
  { name: 'front matter is a list', files: { [X]: frontMatter('- title\n- date\n') }, exit: 1, file: X, fault: /must be a map of fields/ },
  { name: 'front matter is a sentence', files: { [X]: frontMatter('Dear friends, this is the letter\n') }, exit: 1, file: X, fault: /must be a map of fields/ },
  { name: 'custom YAML tag (!!js/function)', files: { [X]: frontMatter('title: !!js/function "function () { return 1 }"\ndate: 2022-10-12\n') }, exit: 1, file: `${X}:2`, fault: /custom YAML tags are not read/ },
  { name: 'YAML alias bomb', files: { [X]: frontMatter(`${aliasBomb}title: T\ndate: 2022-10-12\n`) }, exit: 1, file: X, fault: /too many YAML aliases/, binary: true },
  { name: 'deeply nested flow YAML', files: { [X]: frontMatter(`${deepFlow}date: 2022-10-12\n`) }, exit: 1, file: `${X}:2`, fault: /nested more than 64 levels/ },
  { name: 'a million nested brackets', files: { [X]: frontMatter(`title: T\ndate: 2022-10-12\nx: ${'['.repeat(1_000_000)}\n`) }, exit: 1, file: `${X}:4:`, fault: /nested more than 64 levels/ },
  { name: 'block YAML deep enough to overflow the parser', files: { [X]: frontMatter(`title: T\ndate: 2022-10-12\n${overflowBlock}`) }, exit: 1, file: X, fault: /nested more than 64 levels/ },
  { name: 'deeply nested block YAML', files: { [X]: frontMatter(`title: T\ndate: 2022-10-12\n${deepBlock}`) }, exit: 1, file: X, fault: /nested more than 64 levels/ },

  // Wrong types and values.
  { name: 'missing title', files: { [X]: frontMatter('date: 2022-10-12\n') }, exit: 1, file: X, fault: /title is required/ },
  { name: 'missing date', files: { [X]: frontMatter('title: T\n') }, exit: 1, file: X, fault: /date is required/ },
  { name: 'date is a number', files: { [X]: frontMatter('title: T\ndate: 20221012\n') }, exit: 1, file: `${X}:3:1`, fault: /date: .*expected string/ },
  { name: 'impossible date (February 30)', files: { [X]: frontMatter('title: T\ndate: 2022-02-30\n') }, exit: 1, file: `${X}:3:1`, fault: /date that exists on the calendar/ },
  { name: 'date in another format', files: { [X]: frontMatter('title: T\ndate: 12/10/2022\n') }, exit: 1, file: `${X}:3:1`, fault: /date written YYYY-MM-DD/ },
  { name: 'impossible signed_on date', files: { [X]: letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories:\n  - { id: wola, signed_on: 2022-13-01 }\n') }, exit: 1, file: `${X}:`, fault: /signed_on/ },
  { name: 'unknown field', files: { [X]: letter('recipient: Blinken\n') }, exit: 1, file: `${X}:5:1`, fault: /recipient: unknown field/ },
  { name: 'paper size not offered', files: { [X]: letter('paper: legal\n') }, exit: 1, file: `${X}:5:1`, fault: /paper: .*"letter"\|"a4"/ },
  { name: 'to is a string', files: { [X]: letter('to: Antony Blinken\n') }, exit: 1, file: `${X}:5:1`, fault: /^.*\bto\b.*expected array/m },
  { name: 'signing.order misspelt', files: { [X]: letter('signing:\n  order: alphabetic\n') }, exit: 1, file: `${X}:6`, fault: /signing\.order/ },
  { name: 'numbered is a word', files: { [X]: letter('signing:\n  numbered: yes please\n') }, exit: 1, file: `${X}:6`, fault: /signing\.numbered/ },

  // Languages.
  { name: 'language is not a code', files: { [X]: letter('languages: [english]\n') }, exit: 1, file: `${X}:5`, fault: /language code/ },
  // The complete languages of such a letter build (test/cli/incomplete-language.test.ts); asked for alone, the incomplete one writes nothing.
  { name: 'language without a body', files: { [X]: letter('languages: [en, es]\n', '::: en\nText.\n:::\n') }, args: ['--format', 'html', '--lang', 'es'], exit: 1, file: `${X}:5`, fault: /language "es" has no body/ },
  { name: 'title without a translation', files: { [X]: letter('languages: [en, es]\n', '::: en\nText.\n:::\n\n::: es\nTexto.\n:::\n', 'title: { en: A letter }\ndate: 2022-10-12\nsignatories: [wola]\n') }, args: ['--format', 'html', '--lang', 'es'], exit: 1, file: `${X}:2`, fault: /title has no "es" text/ },
  { name: 'language block never closed', files: { [X]: letter('languages: [en, es]\n', '::: en\nText.\n:::\n\n::: es\nTexto.\n') }, exit: 1, file: `${X}:12:1`, fault: /`::: es` block is never closed/ },
  { name: 'text outside language blocks', files: { [X]: letter('languages: [en, es]\n', 'Stray text.\n\n::: en\nText.\n:::\n\n::: es\nTexto.\n:::\n') }, exit: 1, file: `${X}:8:1`, fault: /text outside any/ },
  { name: 'two blocks of one language', files: { [X]: letter('', '::: en\nOne.\n:::\n\n::: en\nTwo.\n:::\n') }, exit: 1, file: X, fault: /a second `::: en` block/ },

  // Signatories.
  { name: 'unknown signatory id', files: { [X]: letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories: [wola, hrww]\n') }, exit: 1, file: `${X}:4`, fault: /"hrww" is not in signatories\.yaml; did you mean "hrw"/, binary: true },
  { name: 'signatory listed twice', files: { [X]: letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories:\n  - wola\n  - hrw\n  - wola\n') }, exit: 1, file: `${X}:7`, fault: /"wola" is listed twice/ },
  { name: 'signatory status unknown', files: { [X]: letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories:\n  - { id: wola, status: maybe }\n') }, exit: 1, file: `${X}:`, fault: /status/ },
  { name: 'signatory id with spaces', files: { [X]: letter('', 'Text.\n', 'title: T\ndate: 2022-10-12\nsignatories: [WOLA Inc]\n') }, exit: 1, file: `${X}:4`, fault: /signatories\[0\]: expected an id of lowercase letters/ },

  // The registry.
  { name: 'empty registry file', files: { [R]: '', [X]: letter() }, exit: 1, file: R, fault: /signatories is required/ },
  { name: 'registry is a list', files: { [R]: '- wola\n- hrw\n', [X]: letter() }, exit: 1, file: R, fault: /must be a map with a `signatories:` key/ },
  { name: 'duplicate registry id', files: { [R]: `${REGISTRY}  wola:\n    name: Another WOLA\n`, [X]: letter() }, exit: 1, file: `${R}:13:3`, fault: /key "wola" appears twice/, binary: true },
  { name: 'registry id __proto__', files: { [R]: `${REGISTRY}  __proto__:\n    name: Proto\n`, [X]: letter() }, exit: 1, file: `${R}:13:3`, fault: /the key "__proto__" cannot be used/, binary: true },
  { name: 'front matter key __proto__', files: { [X]: frontMatter('title:\n  en: T\n  __proto__: x\ndate: 2022-10-12\n') }, exit: 1, file: `${X}:4:3`, fault: /the key "__proto__" cannot be used/ },
  { name: 'registry id in capitals', files: { [R]: `${REGISTRY}  Bad_ID:\n    name: Bad\n`, [X]: letter() }, exit: 1, file: `${R}:13`, fault: /lowercase letters, digits/ },
  { name: 'registry country in lowercase', files: { [R]: REGISTRY.replace('country: US', 'country: us'), [X]: letter() }, exit: 1, file: `${R}:6`, fault: /ISO 3166-1 alpha-2/ },
  { name: 'registry kind unknown', files: { [R]: REGISTRY.replace('kind: individual', 'kind: robot'), [X]: letter() }, exit: 1, file: `${R}:11`, fault: /kind/ },
  { name: 'registry entry without name', files: { [R]: `${REGISTRY}  nameless:\n    country: MX\n`, [X]: letter() }, exit: 1, file: `${R}:`, fault: /name is required/ },
  { name: 'registry unknown field', files: { [R]: REGISTRY.replace('    short: WOLA\n', '    short: WOLA\n    acronym: WOLA\n'), [X]: letter() }, exit: 1, file: `${R}:6`, fault: /acronym: unknown field/ },
  { name: 'registry YAML syntax error', files: { [R]: 'signatories:\n  wola:\n    name: "unclosed\n', [X]: letter() }, exit: 1, file: `${R}:`, fault: /yaml-syntax/ },
  { name: 'registry alias bomb', files: { [R]: `${aliasBomb}signatories: {}\n`, [X]: letter() }, exit: 1, file: R, fault: /too many YAML aliases/ },
  { name: 'registry with a NUL byte', files: { [R]: `${REGISTRY}\0`, [X]: letter() }, exit: 1, file: `${R}:13:1`, fault: /NUL byte/ },
  { name: 'registry in Latin-1', files: { [R]: latin1(`${REGISTRY}  amnistia:\n    name: Amnistía\n`), [X]: letter() }, exit: 1, file: `${R}:14:17`, fault: /not valid UTF-8/ },

  // Encodings and binary files.
  { name: 'NUL byte in a letter', files: { [X]: letter('', 'Line one.\nLine\0 two.\n') }, exit: 1, file: `${X}:8:5`, fault: /NUL byte/ },
  { name: 'letter in Windows-1252', files: { [X]: latin1(letter('', 'Estimado Señor:\n')) }, exit: 1, file: `${X}:7:12`, fault: /not valid UTF-8/, binary: true },
  { name: 'PNG saved as a letter', files: { [X]: PNG }, exit: 1, file: X, fault: /binary file/ },
  { name: 'truncated UTF-8 sequence at the end', files: { [X]: Uint8Array.from([...new TextEncoder().encode(letter('', 'Café')), 0xc3]) }, exit: 1, file: `${X}:7:5`, fault: /not valid UTF-8/ },

  // Hostile sizes.
  { name: '50 MB letter', files: { [X]: letter('', `${'All work and no play. '.repeat(2_400_000)}\n`) }, exit: 1, file: X, fault: /is 5\d MB, over the 10 MB limit/ },
  { name: '10,000-character language code', files: { [X]: letter(`languages: [${'e'.repeat(10_000)}]\n`) }, exit: 1, file: `${X}:5`, fault: /language code/ },

  // Hostile markup that cannot be made safe by removing it.
  { name: 'raw HTML nested 5,000 deep', files: { [X]: letter('', `${'<div>'.repeat(5000)}\n`) }, exit: 1, file: X, fault: /opens 5000 tags inside one another/ },
  { name: 'one huge link used a thousand times', files: { [X]: letter('', `[r]: https://example.org/${'a'.repeat(100_000)}\n\n${'[x][r] '.repeat(1000)}\n`) }, exit: 1, file: X, fault: /links and images add up to \d+ MB, over the 64 MB limit/ },

  // Paths and templates.
  { name: 'letter outside the workspace', files: { [X]: letter(), '../outside.md': letter() }, args: ['../outside.md', '--format', 'html'], exit: 2, file: '../outside.md', fault: /is not inside the workspace's letters\/ folder/ },
  { name: 'letter name with ../', files: { [X]: letter() }, args: ['../../../etc/passwd', '--format', 'html'], exit: 2, file: '../../../etc/passwd', fault: /not inside the workspace's letters\/ folder/ },
  { name: 'template override linking outside', files: { [X]: letter() }, symlinks: { 'templates/letter.css': '/etc/hostname' }, exit: 1, file: 'templates/letter.css', fault: /links to a file outside the workspace/ },
  { name: 'template with a syntax error', files: { [X]: letter(), 'templates/letter.hbs': '<html>{{#if title}}<body></html>\n' }, exit: 1, file: 'templates/letter.hbs', fault: /letter\.hbs/ },
];
