/**
 * The parts of a letter a designer lays out: letterhead (first page only), typographic
 * quotes, hyphenation by language, a signatory block that picks its columns, signer
 * logos inlined from the workspace, individuals with title and affiliation.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInThisProcess, pdfText, REPO, sampleWorkspace } from '../helpers.js';
import { featuredWorkspace } from './featured-letter.js';
import { largeWorkspace } from './large-letter.js';
import { pageTexts } from './layout-facts.js';

const SAMPLE = '2022-10-12-us-mexico-security-dialogue';
let featured: { dir: string; cleanup: () => void };
let sample: { dir: string; cleanup: () => void };
let large: { dir: string; cleanup: () => void };

beforeAll(async () => {
  featured = featuredWorkspace();
  sample = sampleWorkspace();
  large = largeWorkspace('  columns: auto\n');
  // The sample letter with its own letterhead, hyphenated.
  const path = join(sample.dir, 'letters', `${SAMPLE}.md`);
  writeFileSync(path, readFileSync(path, 'utf8').replace('paper: letter', 'paper: letter\nhyphenate: true\nletterhead:\n  name: { en: Security and Rights Coalition, es: Coalición Seguridad y Derechos }\n  lines: ["1 Main Street, Washington, DC"]'));
  const results = await Promise.all([
    cliInThisProcess(['build', '--out', 'out'], { cwd: featured.dir }),
    cliInThisProcess(['build', '--out', 'out'], { cwd: sample.dir }),
    cliInThisProcess(['build', '--out', 'out', '--format', 'html', '--lang', 'en'], { cwd: large.dir }),
  ]);
  for (const r of results) expect(r.code, r.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  featured?.cleanup();
  sample?.cleanup();
  large?.cleanup();
});

const html = (ws: { dir: string }, name: string) => readFileSync(join(ws.dir, 'out', name), 'utf8');

describe('letterhead', () => {
  it('prints the registry entry\'s name, logo and website above the title', () => {
    const page = html(featured, '2022-10-12-featured.es.html');
    expect(page).toMatch(/<div class="letterhead">\s*<img class="letterhead-logo" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="">/);
    expect(page).toContain('<p class="letterhead-name">Coalición por los Derechos y la Seguridad</p>');
    expect(page).toContain('<p class="letterhead-line">example.org</p>');
    const text = pdfText(join(featured.dir, 'out', '2022-10-12-featured.es.pdf'));
    expect(text.indexOf('Coalición por los Derechos y la Seguridad')).toBeLessThan(text.indexOf('Carta conjunta'));
  });

  it('appears on the first page only', () => {
    const pages = pageTexts(join(sample.dir, 'out', `${SAMPLE}.en.pdf`));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]!.startsWith('Security and Rights Coalition 1 Main Street, Washington, DC Letter from Human Rights Groups')).toBe(true);
    for (const page of pages.slice(1)) expect(page).not.toContain('Security and Rights Coalition');
  });

  it('refuses a logo outside the workspace with a warning, and still builds', async () => {
    const path = join(featured.dir, 'signatories.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('logo: logos/coalition.svg', 'logo: ../outside.svg'));
    const result = await cliInThisProcess(['build', '--format', 'html', '--lang', 'en', '--out', 'refused'], { cwd: featured.dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/outside\.svg.*outside the workspace/);
    const page = readFileSync(join(featured.dir, 'refused', '2022-10-12-featured.en.html'), 'utf8');
    expect(page).not.toContain('<img class="letterhead-logo"');
    expect(page).toContain('Coalition for Rights and Security');
  });
});

describe('the custom letterhead of docs/templates.md', () => {
  it('works as documented', async () => {
    const docs = readFileSync(join(REPO, 'docs', 'templates.md'), 'utf8');
    const example = /`templates\/partials\/letterhead\.hbs`:\s*```handlebars\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    mkdirSync(join(featured.dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(featured.dir, 'templates', 'partials', 'letterhead.hbs'), example!);
    const result = await cliInThisProcess(['build', '--format', 'html', '--out', 'custom'], { cwd: featured.dir });
    expect(result.code, result.stderr).toBe(0);
    const es = readFileSync(join(featured.dir, 'custom', '2022-10-12-featured.es.html'), 'utf8');
    expect(es).toMatch(/<div class="letterhead my-letterhead">[\s\S]*Coalición Frontera Segura/);
    expect(readFileSync(join(featured.dir, 'custom', '2022-10-12-featured.en.html'), 'utf8')).toContain('Safe Border Coalition');
  });
});

describe('typography', () => {
  it('sets typographic quotes and dashes in front matter and body', () => {
    const page = html(featured, '2022-10-12-featured.en.html');
    expect(page).toContain('<h1 class="title">Joint Letter on the “Security” Dialogue</h1>');
    expect(page).toContain('organizations – from both countries – write “ahead” of');
  });

  it('keeps words joined by a dash or hyphen on one line', () => {
    const page = html(sample, `${SAMPLE}.en.html`).replace(/\u00AD/g, '');
    expect(page).toContain('<span class="nobr">Guard—ostensibly</span>');
    expect(page).toContain('<span class="nobr">high-profile</span>');
  });

  it('hyphenates by the language\'s patterns when the letter asks', () => {
    const en = html(sample, `${SAMPLE}.en.html`);
    const es = html(sample, `${SAMPLE}.es.html`);
    expect(en).toContain('rec\u00ADom\u00ADmen\u00ADda\u00ADtions');
    expect(es).toContain('re\u00ADco\u00ADmen\u00ADda\u00ADcio\u00ADnes');
    // Not in names or headings: only the body is hyphenated.
    expect(en).toContain('<h1 class="title">Letter from Human Rights Groups');
  });

  it('does not hyphenate unless asked (the default for single-language editions)', () => {
    expect(html(featured, '2022-10-12-featured.en.html')).not.toContain('\u00AD');
  });
});

describe('signatory block', () => {
  it('sets a short list in one column, numbered, grouped by country, individuals with title and affiliation', () => {
    const page = html(featured, '2022-10-12-featured.en.html');
    expect(page).toMatch(/<section class="signatories cols-1 is-numbered"/);
    expect(page).toMatch(/<h3 class="group-heading">Mexico<\/h3>[\s\S]*<h3 class="group-heading">United States<\/h3>/);
    expect(page).toContain('<span class="signer-name">Jane Roe</span><span class="signer-detail"><span class="signer-comma">, </span>Professor of Law, Universidad Nacional Autónoma de México</span>');
    expect(page).toMatch(/<ol class="signer-list" start="4">/);
    const text = pdfText(join(featured.dir, 'out', '2022-10-12-featured.en.pdf'));
    expect(text).toContain('Jane Roe, Professor of Law, Universidad Nacional Autónoma de México');
  });

  it('shows a grid of the signers\' logos, in the list\'s order, inlined', () => {
    const page = html(featured, '2022-10-12-featured.en.html');
    const grid = /<ul class="logo-grid" aria-hidden="true">([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
    const logos = [...grid.matchAll(/src="data:image\/svg\+xml;base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString());
    // Mexico's group first (Centro Prodh), then the United States (WOLA); Serapaz and Jane Roe have none.
    expect(logos.map((svg) => />([^<]+)<\/text>/.exec(svg)?.[1])).toEqual(['Prodh', 'WOLA']);
  });

  it('sets the sample\'s 12 signers in one column and 300 in two, in alphabetical order', () => {
    expect(html(sample, `${SAMPLE}.en.html`)).toMatch(/<section class="signatories cols-1"/);
    const page = html(large, '2022-10-12-large.en.html');
    expect(page).toMatch(/<section class="signatories cols-2"/);
    // Columns flow down the page, so document order is reading order: it must be alphabetical.
    const names = [...page.matchAll(/<li class="signer signer-organization">([^<]+)<\/li>/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(250);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
  });
});
