/**
 * Synthetic workspaces for the benchmark: a registry of N organizations, letters of a
 * realistic one-page length, a letter with thousands of signers, a sign-on CSV.
 * Deterministic (no randomness) so every run and every machine builds the same files.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Countries the synthetic organizations are spread over (ISO 3166-1 alpha-2). */
const COUNTRIES = ['MX', 'US', 'GT', 'HN', 'SV', 'CO', 'BR', 'AR', 'CL', 'PE', 'CA', 'ES', 'FR', 'DE', 'GB', 'EC', 'BO', 'PY', 'UY', 'NI'];
const WORDS = ['Human Rights', 'Justice', 'Democracy', 'Migrant', 'Indigenous', 'Women', 'Peace', 'Environmental', 'Legal', 'Community'];
const KINDS = ['Center', 'Network', 'Foundation', 'Alliance', 'Collective', 'Institute', 'Coalition', 'Association'];

/** The registry id of synthetic organization `i` (0-based). */
export function orgId(i) {
  return `org-${String(i + 1).padStart(5, '0')}`;
}

/** The official (English) name of synthetic organization `i`; unique for every i. */
export function orgName(i) {
  return `${WORDS[i % WORDS.length]} ${KINDS[Math.floor(i / WORDS.length) % KINDS.length]} ${i + 1}`;
}

export function orgCountry(i) {
  return COUNTRIES[(i * 7) % COUNTRIES.length];
}

/** signatories.yaml with `count` organizations, every fifth with a Spanish name and an acronym. */
export function registryYaml(count) {
  const lines = ['# Synthetic registry for the benchmark.', 'signatories:'];
  for (let i = 0; i < count; i++) {
    lines.push(`  ${orgId(i)}:`, `    name: ${orgName(i)}`, `    country: ${orgCountry(i)}`);
    if (i % 5 === 0) lines.push(`    short: O${i + 1}`, '    names:', `      es: Organización ${i + 1}`);
  }
  return `${lines.join('\n')}\n`;
}

const PARAGRAPH_EN =
  'We, the undersigned civil society organizations, write to share our concern about the proposed measures and to ' +
  'recommend steps that protect human rights and the rule of law. The evidence gathered over many years shows that ' +
  'durable security depends on accountable civilian institutions, independent courts and the participation of the ' +
  'communities most affected by violence.';
const PARAGRAPH_ES =
  'Las organizaciones de la sociedad civil abajo firmantes les escribimos para compartir nuestra preocupación por las ' +
  'medidas propuestas y recomendar acciones que protejan los derechos humanos y el Estado de derecho. La evidencia ' +
  'reunida durante muchos años muestra que la seguridad duradera depende de instituciones civiles que rindan cuentas.';

/**
 * One letter's Markdown.
 * @param {{ index: number, langs?: string[], signers: string[], groupByCountry?: boolean, paragraphs?: number }} o
 */
export function letterMarkdown(o) {
  const langs = o.langs ?? ['en'];
  const n = o.paragraphs ?? 3;
  const title = (lang) => (lang === 'es' ? `Carta conjunta número ${o.index + 1}` : `Joint letter number ${o.index + 1}`);
  const fm = [
    '---',
    'title:',
    ...langs.map((l) => `  ${l}: ${title(l)}`),
    'date: 2024-03-15',
    `languages: [${langs.join(', ')}]`,
    'to:',
    '  - name: Jane Official',
    `    title: { ${langs.map((l) => `${l}: ${l === 'es' ? 'Secretaria de Estado' : 'Secretary of State'}`).join(', ')} }`,
    `    salutation: { ${langs.map((l) => `${l}: ${l === 'es' ? 'Secretaria Official' : 'Secretary Official'}`).join(', ')} }`,
    '    gender: f',
    'signatories:',
    ...o.signers.map((id) => `  - ${id}`),
  ];
  if (o.groupByCountry) fm.push('signing:', '  group_by: country');
  fm.push('---', '');
  const body = (lang) => Array.from({ length: n }, () => (lang === 'es' ? PARAGRAPH_ES : PARAGRAPH_EN)).join('\n\n');
  const blocks = langs.length === 1 ? [body(langs[0])] : langs.map((l) => `::: ${l}\n${body(l)}\n:::`);
  return `${fm.join('\n')}${blocks.join('\n\n')}\n`;
}

/** Sign-on form rows: half match registry names (with case/accent variants), the rest are new, some repeated. */
export function signOnCsv(rows, registrySize) {
  const out = ['Organization,Acronym,Country,Email,Name,Title'];
  for (let r = 0; r < rows; r++) {
    let name;
    let country;
    if (r % 2 === 0 && registrySize > 0) {
      const i = (r * 13) % registrySize;
      name = r % 4 === 0 ? orgName(i).toUpperCase() : orgName(i);
      country = orgCountry(i);
    } else if (r % 50 === 1 && r > 1) {
      name = `Nueva Organización Civil ${r - 2}`; // a repeat of an earlier new row
      country = 'MX';
    } else {
      name = `Nueva Organización Civil ${r}`;
      country = COUNTRIES[r % COUNTRIES.length];
    }
    out.push([csvField(name), '', country, `contact${r}@example.org`, `Person ${r}`, 'Director'].join(','));
  }
  return `${out.join('\n')}\n`;
}

function csvField(text) {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes `files` (relative path → text) under a new temporary folder and returns it. */
export function writeWorkspace(files, parent = tmpdir()) {
  const dir = mkdtempSync(join(parent, 'coalition-bench-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** `count` one-language letters, each signed by 10 of a 200-entry registry. */
export function lettersWorkspace(count, registry = 200) {
  const files = { 'signatories.yaml': registryYaml(registry) };
  for (let i = 0; i < count; i++) {
    const signers = Array.from({ length: 10 }, (_, k) => orgId((i * 10 + k) % registry));
    files[`letters/letter-${String(i + 1).padStart(3, '0')}.md`] = letterMarkdown({ index: i, signers });
  }
  return writeWorkspace(files);
}

/** One letter in English and Spanish signed by `signers` organizations, grouped by country. */
export function bigLetterWorkspace(signers) {
  const ids = Array.from({ length: signers }, (_, i) => orgId(i));
  return writeWorkspace({
    'signatories.yaml': registryYaml(signers),
    'letters/big.md': letterMarkdown({ index: 0, langs: ['en', 'es'], signers: ids, groupByCountry: true }),
  });
}

/** The same letter released as v1 (HTML, PDF and Word in both languages), by the CLI at `bin`: what `publish` reads. */
export function releasedBigLetterWorkspace(bin, signers) {
  const dir = bigLetterWorkspace(signers);
  execFileSync(process.execPath, [bin, 'release', 'big'], { cwd: dir, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  return dir;
}

/** `letters` letters in two languages over a registry of `registry` entries (for `check`). */
export function checkWorkspace(letters, registry) {
  const files = { 'signatories.yaml': registryYaml(registry) };
  for (let i = 0; i < letters; i++) {
    const signers = Array.from({ length: 40 }, (_, k) => orgId((i * 40 + k) % registry));
    files[`letters/letter-${String(i + 1).padStart(3, '0')}.md`] = letterMarkdown({ index: i, langs: ['en', 'es'], signers });
  }
  return writeWorkspace(files);
}

/** A letter, a registry of `registry` entries and a sign-on CSV of `rows` rows (for `import`). */
export function importWorkspace(rows, registry) {
  return writeWorkspace({
    'signatories.yaml': registryYaml(registry),
    'letters/campaign.md': letterMarkdown({ index: 0, signers: [orgId(0)] }),
    'responses.csv': signOnCsv(rows, registry),
  });
}

/** A registry of `entries` organizations and one letter signed by three of them (for the registry edits). */
export function registryWorkspace(entries) {
  return writeWorkspace({
    'signatories.yaml': registryYaml(entries),
    'letters/campaign.md': letterMarkdown({ index: 0, signers: [orgId(0), orgId(1), orgId(2)] }),
  });
}

/** A copy of the repository's own sample workspace (registry + sample letter). */
export function sampleWorkspace() {
  const dir = writeWorkspace({});
  cpSync(join(REPO, 'signatories.yaml'), join(dir, 'signatories.yaml'));
  cpSync(join(REPO, 'letters'), join(dir, 'letters'), { recursive: true });
  return dir;
}

/** The sample workspace with one registry entry no letter lists yet, for `sign` to add (case a-sign). */
export function sampleWithNewOrg() {
  const dir = sampleWorkspace();
  appendFileSync(join(dir, 'signatories.yaml'), '\n  bench-new-signer:\n    name: Bench New Signer\n    country: MX\n');
  return dir;
}

/**
 * An edit of the sample letter before each run, as an editor's save makes: a number in
 * the text of the languages named changes, so their HTML and PDFs change and the others'
 * do not (a warm process then prints again only the changed ones, src/pdf/print-memo.ts).
 */
export function editSample(langs) {
  const anchors = { en: 'We also recall the importance', es: 'Asimismo, recordamos la importancia' };
  let edits = 0;
  return (dir) => {
    const file = join(dir, 'letters', readdirSync(join(dir, 'letters')).find((name) => name.endsWith('.md')));
    let text = readFileSync(file, 'utf8');
    edits++;
    for (const lang of langs) {
      const edited = text.replace(new RegExp(`${anchors[lang]}( \\(\\d+\\))?`), `${anchors[lang]} (${edits})`);
      // Unedited, the case would time kept PDFs under a label that says they were printed.
      if (edited === text) throw new Error(`bench: editSample found no "${anchors[lang]}" in ${file}`);
      text = edited;
    }
    writeFileSync(file, text);
  };
}

export function removeWorkspace(dir) {
  rmSync(dir, { recursive: true, force: true });
}
