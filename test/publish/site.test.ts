/**
 * `coalition publish`: the sites of the sample letter (with --base-url) and of a
 * 400-signer letter (without), made by the real binary from real releases, and
 * looked at as readers, link previews and checkers see them: every page valid for the
 * Nu HTML Checker and axe-clean in Chromium, opened from the disk with every request
 * recorded (none may leave the folder), no horizontal scroll at phone width, every
 * link inside the site resolving, the downloads the release's bytes with their
 * SHA-256 shown, og.png a 1200×630 PNG compared with its reference, untrusted text
 * inert; and publishing again replaces the site whole.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliInThisProcess, drivenBrowser, REPO, sampleWorkspace } from '../helpers.js';
import { axeViolations } from '../support/axe.js';
import { nuErrors } from '../support/nu-checker.js';
import { REFERENCE_DIR, UPDATING } from '../layout/layout-facts.js';
import { BIG_SIGNERS, bigWorkspace, HOSTILE_NAME } from './big-letter.js';

const SAMPLE = 'us-mexico-security-dialogue';
const BASE = 'https://example.org/letters/us-mexico';
const PAGES = ['index.html', 'en/index.html', 'es/index.html'];
const EMBEDS = ['en/embed.html', 'es/embed.html'];
/** The sample's English share card, kept as test/reference/site-og-sample-en.png (regenerate with UPDATE_REFERENCE=1). */
const CARD_REFERENCE = join(REFERENCE_DIR, 'site-og-sample-en.png');
/** At most this share of the card's pixels may differ from its reference (another Chromium's anti-aliasing). */
const CARD_TOLERANCE = 0.005;

type Doc = ReturnType<typeof parseDocument>;
type Element = Extract<Doc['children'][number], { attribs: Record<string, string> }>;

let sample: { dir: string; cleanup: () => void };
let big: { dir: string; cleanup: () => void };
const site = (ws: { dir: string }, name = 'site') => join(ws.dir, name);

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function parse(path: string): Doc {
  return parseDocument(read(path));
}

function elements(doc: Doc, test: (e: Element) => boolean): Element[] {
  return DomUtils.findAll((e) => test(e as Element), doc.children) as Element[];
}

function meta(doc: Doc, key: string): string | undefined {
  return elements(doc, (e) => e.name === 'meta' && (e.attribs.property === key || e.attribs.name === key))[0]?.attribs.content;
}

function links(doc: Doc, rel: string): Element[] {
  return elements(doc, (e) => e.name === 'link' && e.attribs.rel === rel);
}

function jsonLd(doc: Doc): Record<string, unknown> {
  const script = elements(doc, (e) => e.name === 'script' && e.attribs.type === 'application/ld+json')[0]!;
  return JSON.parse(DomUtils.textContent(script)) as Record<string, unknown>;
}

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function releaseDir(ws: { dir: string }, version = 1): string {
  const series = readdirSync(join(ws.dir, 'releases'))[0]!;
  return join(ws.dir, 'releases', series, `v${version}`);
}

/** An embed fragment in the smallest valid page, as a CMS would put it. */
function embedPage(fragment: string, lang: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Our letter</title></head><body><main><h1>Our letter</h1>${fragment}</main></body></html>`;
}

beforeAll(async () => {
  sample = sampleWorkspace();
  big = bigWorkspace();
  // The site's own stylesheet may be the workspace's (templates/site.css), the letter's stays as released.
  mkdirSync(join(big.dir, 'templates'));
  writeFileSync(join(big.dir, 'templates', 'site.css'), `${read(join(REPO, 'templates', 'site.css'))}\n/* house style */\n`);
  const released = await Promise.all([
    cliInThisProcess(['release', SAMPLE, '--format', 'pdf,docx'], { cwd: sample.dir }),
    cliInThisProcess(['release', 'big', '--format', 'html'], { cwd: big.dir }),
  ]);
  for (const r of released) expect(r.code, r.stderr).toBe(0);
  // Published by the binary (the bundle carries the site's templates and stylesheet); the rest in-process.
  const published = await Promise.all([
    cli(['publish', SAMPLE, '--out', 'site', '--base-url', `${BASE}/`], { cwd: sample.dir, timeout: 240_000 }),
    cli(['publish', 'big', '--out', 'site'], { cwd: big.dir, timeout: 240_000 }),
  ]);
  for (const r of published) expect(r.code, r.stderr).toBe(0);
  expect(published[0]!.stderr).not.toContain('site-base-url-missing');
  expect(published[1]!.stderr).toContain('warning site-base-url-missing');
}, 480_000);

afterAll(() => {
  sample?.cleanup();
  big?.cleanup();
});

describe('the site of a released letter', () => {
  it('has a page per language, the first at the top, embeds, share images, its stylesheet and the downloads', () => {
    const files = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name))).sort();
    const name = '2022-10-12-us-mexico-security-dialogue';
    expect(files(site(sample))).toEqual([
      '.coalition-site', `${name}.en.docx`, `${name}.en.pdf`, `${name}.en.txt`, `${name}.es.docx`, `${name}.es.pdf`, `${name}.es.txt`,
      'en/embed.html', 'en/index.html', 'en/og.png', 'es/embed.html', 'es/index.html', 'es/og.png', 'index.html', 'og.png', 'signatories.csv', 'site.css',
    ]);
    // Released as HTML only: its downloads are the plain texts and the list.
    expect(files(site(big)).filter((f) => !f.includes('/') && /\.(txt|csv|pdf|docx|html)$/.test(f))).toEqual(['2022-10-12-big.en.txt', '2022-10-12-big.es.txt', 'index.html', 'signatories.csv']);
    expect(read(join(site(big), 'site.css'))).toContain('/* house style */');
    expect(read(join(site(big), 'site.css'))).toContain('font-family: \'Source Serif 4\'');
  });

  it('prints the letter as released in each page\'s language, with which version and when it was sent', () => {
    const today = new Date();
    const year = String(today.getFullYear());
    for (const [path, lang, title, sent] of [
      ['en/index.html', 'en', 'Letter from Human Rights Groups to US Secretary of State Antony Blinken', `Sent `],
      ['es/index.html', 'es', 'Carta de organizaciones de derechos humanos', 'Enviada el '],
      ['index.html', 'en', 'Letter from Human Rights Groups', 'Sent '],
    ] as const) {
      const doc = parse(join(site(sample), path));
      expect(elements(doc, (e) => e.name === 'html')[0]!.attribs.lang).toBe(lang);
      const h1 = elements(doc, (e) => e.name === 'h1');
      expect(h1).toHaveLength(1);
      expect(DomUtils.textContent(h1[0]!)).toContain(title);
      const line = DomUtils.textContent(elements(doc, (e) => e.attribs.class === 'sent')[0]!);
      expect(line).toMatch(new RegExp(`^${sent}.*${year} · v1, 12 (signers|firmantes)$`));
    }
    const en = DomUtils.textContent(parse(join(site(sample), 'en', 'index.html')));
    for (const text of ['U.S. Secretary of State Antony Blinken', 'Dear Secretary Blinken and Secretary Ebrard,', 'One year into the Framework', '“building capabilities and accountability”', 'Amnistía Internacional México', 'Washington Office on Latin America (WOLA)', '12 organizations from 2 countries']) {
      expect(en).toContain(text);
    }
    expect(DomUtils.textContent(parse(join(site(sample), 'es', 'index.html')))).toContain('Estimados Secretario Blinken y Secretario Ebrard:');
  });

  it('prints the signatory list as the letter does: sections, country groups, numbers, details, count; and the cc line', () => {
    const doc = parse(join(site(big), 'en', 'index.html'));
    const text = (e: Element) => DomUtils.textContent(e).trim();
    const section = elements(doc, (e) => e.attribs.class === 'section-heading').map(text);
    expect(section).toEqual(['International networks:', 'National organizations:']);
    const groups = elements(doc, (e) => e.attribs.class === 'group-heading').map(text);
    expect(groups).toContain('Mexico');
    expect(groups).toContain('Brazil');
    const signers = elements(doc, (e) => e.name === 'li' && (e.attribs.class ?? '').startsWith('signer '));
    expect(signers).toHaveLength(BIG_SIGNERS);
    const lists = elements(doc, (e) => e.name === 'ol' && e.attribs.class === 'signer-list');
    expect(lists[0]!.attribs.start).toBe('1');
    expect(Number(lists.at(-1)!.attribs.start)).toBeGreaterThan(BIG_SIGNERS - 100);
    expect(signers.map(text)).toContain('Person Number 4, Professor of Law, University of Chicago — Oaxaca');
    expect(text(elements(doc, (e) => e.attribs.class === 'signing-count')[0]!)).toBe(`${BIG_SIGNERS * 0.9} organizations and ${BIG_SIGNERS / 10} individuals from 12 countries`);
    expect(text(elements(doc, (e) => e.attribs.class === 'cc')[0]!).replace(/\s+/g, ' ')).toBe('cc: Ken Salazar, U.S. Ambassador to Mexico');
    expect(DomUtils.textContent(parse(join(site(big), 'es', 'index.html')))).toContain('Redes internacionales:');
    // The body's `##` heading stays an h2 under the page's one h1.
    expect(elements(doc, (e) => e.name === 'h2').map(text)).toContain('Our recommendations');
    expect(elements(doc, (e) => e.name === 'h1')).toHaveLength(1);
  });

  it('embeds the list and its count as plain HTML, with no styles of its own', () => {
    const embed = read(join(site(big), 'es', 'embed.html'));
    expect(embed).not.toMatch(/<(style|link|script|html|head|body)\b|style=/i);
    const doc = parseDocument(embed);
    expect(elements(doc, (e) => e.name === 'li')).toHaveLength(BIG_SIGNERS);
    expect(DomUtils.textContent(doc)).toContain(`${BIG_SIGNERS * 0.9} organizaciones y ${BIG_SIGNERS / 10} personas de 12 países`);
    expect(elements(doc, (e) => e.attribs.lang === 'es')).toHaveLength(1);
  });

  it('offers the release\'s files byte for byte, each with its SHA-256 on the page', () => {
    const doc = parse(join(site(sample), 'en', 'index.html'));
    const downloads = elements(doc, (e) => e.attribs.class === 'download' && e.children.some((c) => (c as Element).attribs?.download !== undefined));
    expect(downloads).toHaveLength(7);
    for (const item of downloads) {
      const link = elements(item as unknown as Doc, (e) => e.name === 'a')[0]!;
      const name = link.attribs.download!;
      const copied = join(site(sample), name);
      expect(readFileSync(copied).equals(readFileSync(join(releaseDir(sample), name))), name).toBe(true);
      const shown = DomUtils.textContent(elements(item as unknown as Doc, (e) => e.name === 'code')[0]!);
      expect(shown).toBe(sha256(copied));
    }
    // The page's own language first.
    const labels = downloads.map((d) => DomUtils.textContent(elements(d as unknown as Doc, (e) => e.name === 'a')[0]!));
    expect(labels).toEqual(['PDF (English)', 'Word (English)', 'Plain text (English)', 'PDF (Español)', 'Word (Español)', 'Plain text (Español)', 'Signatory list (CSV)']);
    const es = parse(join(site(sample), 'es', 'index.html'));
    expect(elements(es, (e) => e.name === 'a' && e.attribs.download !== undefined)[0]!.attribs.download).toBe('2022-10-12-us-mexico-security-dialogue.es.pdf');
  });

  it('tells link previews and search engines what it is: Open Graph, Twitter card, canonical, hreflang, JSON-LD', () => {
    const en = parse(join(site(sample), 'en', 'index.html'));
    expect(meta(en, 'og:title')).toMatch(/^Letter from Human Rights Groups/);
    // The first sentence, cut at a word near 300 characters.
    const description = meta(en, 'og:description')!;
    expect(description).toMatch(/^We, the undersigned U\.S\. and Mexican civil society organizations committed to human rights .* [a-z]+…$/);
    expect(description.length).toBeLessThanOrEqual(300);
    expect(meta(en, 'description')).toBe(description);
    expect(meta(en, 'og:image')).toBe(`${BASE}/en/og.png`);
    expect(meta(en, 'og:url')).toBe(`${BASE}/en/`);
    expect(meta(en, 'og:locale')).toBe('en');
    expect(meta(en, 'og:locale:alternate')).toBe('es');
    expect(meta(en, 'twitter:card')).toBe('summary_large_image');
    expect(links(en, 'canonical')[0]!.attribs.href).toBe(`${BASE}/en/`);
    expect(links(en, 'alternate').map((l) => [l.attribs.hreflang, l.attribs.href])).toEqual([['en', `${BASE}/en/`], ['es', `${BASE}/es/`], ['x-default', `${BASE}/`]]);
    const top = parse(join(site(sample), 'index.html'));
    expect(meta(top, 'og:image')).toBe(`${BASE}/og.png`);
    expect(links(top, 'canonical')[0]!.attribs.href).toBe(`${BASE}/`);
    const es = parse(join(site(sample), 'es', 'index.html'));
    expect(meta(es, 'og:description')).toMatch(/^Las organizaciones de la sociedad civil/);

    const data = jsonLd(es);
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Message', inLanguage: 'es', dateCreated: '2022-10-12', version: '1', url: `${BASE}/es/`, translationOfWork: { '@id': `${BASE}/en/` } });
    expect((data.sender as unknown[]).length).toBe(12);
    expect(data.recipient).toEqual([
      { '@type': 'Person', name: 'Antony Blinken', jobTitle: 'Secretario de Estado de los Estados Unidos' },
      { '@type': 'Person', name: 'Marcelo Ebrard', jobTitle: 'Secretario de Relaciones Exteriores de México' },
    ]);
    const attachments = data.messageAttachment as { name: string; sha256: string; contentUrl: string }[];
    expect(attachments.map((a) => a.sha256)).toEqual(attachments.map((a) => sha256(join(site(sample), a.name))));
    expect(attachments[0]!.contentUrl).toBe(`${BASE}/${attachments[0]!.name}`);

    // Without --base-url: relative addresses, no og:url.
    const bigEn = parse(join(site(big), 'en', 'index.html'));
    expect(meta(bigEn, 'og:image')).toBe('og.png');
    expect(meta(bigEn, 'og:url')).toBeUndefined();
    expect(meta(bigEn, 'og:site_name')).toBe('Coalition for Rights and Security');
    expect(links(bigEn, 'canonical')[0]!.attribs.href).toBe('index.html');
    expect((jsonLd(bigEn).sender as unknown[]).length).toBe(BIG_SIGNERS);
  });

  it('keeps untrusted text inert: a signer\'s name and the body\'s raw HTML are text, even in the JSON-LD', () => {
    for (const path of PAGES) {
      const html = read(join(site(big), path));
      const doc = parseDocument(html);
      // One script element, the JSON-LD data block; no event handler, no frame.
      expect(elements(doc, (e) => e.name === 'script').map((e) => e.attribs.type)).toEqual(['application/ld+json']);
      expect(elements(doc, (e) => e.name === 'iframe' || Object.keys(e.attribs).some((a) => a.startsWith('on')))).toEqual([]);
      // As the letter prints it, its quotes typographic.
      const printed = HOSTILE_NAME.replace('"Org"', '“Org”');
      expect(DomUtils.textContent(doc)).toContain(printed);
      expect(html).not.toContain('alert(3)');
      const names = (jsonLd(doc).sender as { name: string }[]).map((s) => s.name);
      expect(names).toContain(printed);
    }
    expect(read(join(site(big), 'en', 'embed.html'))).toContain('Evil &lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('has a 1200×630 og.png per language that looks as its reference does', () => {
    for (const ws of [sample, big]) {
      for (const path of ['og.png', 'en/og.png', 'es/og.png']) {
        const png = PNG.sync.read(readFileSync(join(site(ws), path)));
        expect([png.width, png.height], path).toEqual([1200, 630]);
      }
      expect(readFileSync(join(site(ws), 'og.png')).equals(readFileSync(join(site(ws), 'en', 'og.png')))).toBe(true);
    }
    const card = join(site(sample), 'en', 'og.png');
    if (UPDATING) {
      copyFileSync(card, CARD_REFERENCE);
      return;
    }
    const now = PNG.sync.read(readFileSync(card));
    const expected = PNG.sync.read(readFileSync(CARD_REFERENCE));
    const diff = new PNG({ width: expected.width, height: expected.height });
    const differs = pixelmatch(now.data, expected.data, diff.data, expected.width, expected.height, { threshold: 0.1 }) / (expected.width * expected.height);
    if (differs > CARD_TOLERANCE) writeFileSync(join(dirname(card), 'og-diff.png'), PNG.sync.write(diff));
    expect(differs, `${card} differs from ${CARD_REFERENCE} in ${(differs * 100).toFixed(2)} % of its pixels (regenerate with UPDATE_REFERENCE=1 if intended)`).toBeLessThanOrEqual(CARD_TOLERANCE);
  });

  it('links only to what the site holds: every address inside it resolves, fragments included', () => {
    const problems: string[] = [];
    for (const ws of [sample, big]) {
      const root = site(ws);
      for (const page of [...PAGES, ...EMBEDS]) {
        const path = join(root, page);
        const doc = parse(path);
        const refs = elements(doc, (e) => (e.name === 'a' || e.name === 'link') && e.attribs.href !== undefined).map((e) => e.attribs.href!)
          .concat(elements(doc, (e) => e.name === 'img').map((e) => e.attribs.src!))
          .concat(['og:image', 'og:url', 'twitter:image'].map((key) => meta(doc, key)).filter((v): v is string => v !== undefined));
        for (const ref of refs) {
          if (ref.startsWith('data:')) continue;
          const local = ref.startsWith(`${BASE}/`) ? join(root, ref.slice(BASE.length + 1)) : /^[a-z]+:/i.test(ref) ? undefined : resolve(dirname(path), ref.split('#')[0]!);
          if (!local) {
            problems.push(`${page}: ${ref} leaves the site`);
            continue;
          }
          const target = existsSync(local) && statSync(local).isDirectory() ? join(local, 'index.html') : local;
          if (!target.startsWith(`${root}/`) || !existsSync(target)) problems.push(`${page}: ${ref} does not resolve`);
          const fragment = ref.split('#')[1];
          if (fragment && existsSync(target) && !elements(parse(target), (e) => e.attribs.id === fragment).length) problems.push(`${page}: ${ref} names no element`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('is valid HTML for the Nu checker, pages and embeds alike', async () => {
    const pages = [sample, big].flatMap((ws) => PAGES.map((p) => join(site(ws), p)));
    const embeds = [sample, big].flatMap((ws, i) => EMBEDS.map((p) => {
      const path = join(ws.dir, `embed-${i}-${p.replace('/', '-')}`);
      writeFileSync(path, embedPage(read(join(site(ws), p)), p.slice(0, 2)));
      return path;
    }));
    expect(await nuErrors([...pages, ...embeds])).toEqual([]);
  }, 120_000);

  it('opens from the disk in Chromium: no request leaves the folder, no script runs, axe finds nothing, a phone never scrolls sideways nor shows text under 16 px, print shows the letter alone', async () => {
    const browser = await drivenBrowser();
    const outside: string[] = [];
    const violations: string[] = [];
    const dialogs: string[] = [];
    const scrolling: string[] = [];
    const fonts: string[] = [];
    const printing: string[] = [];
    const tiny: string[] = [];
    const axe = async (page: Awaited<ReturnType<typeof browser.newPage>>, name: string) => {
      violations.push(...(await axeViolations(page)).map((v) => `${name}: ${v}`));
    };
    try {
      for (const ws of [sample, big]) {
        const root = site(ws);
        for (const name of PAGES) {
          const page = await browser.newPage();
          await page.setRequestInterception(true);
          page.on('request', (req) => {
            const url = req.url();
            if (url.startsWith('data:') || url.startsWith(`${pathToFileURL(root).href}/`)) return void req.continue();
            outside.push(`${name}: ${url}`);
            void req.abort();
          });
          page.on('dialog', (dialog) => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
          });
          await page.setViewport({ width: 1280, height: 900 });
          await page.goto(pathToFileURL(join(root, name)).href, { waitUntil: 'load' });
          const loaded = await page.evaluate(async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
          });
          if (!loaded.some((family) => family.includes('Source Serif 4'))) fonts.push(name);
          // axe once per template: the big site's pages hold everything the sample's do.
          if (ws === big) await axe(page, `${relative(ws.dir, root)}/${name}`);
          await page.setViewport({ width: 360, height: 740 });
          const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
          if (widths[0]! > widths[1]!) scrolling.push(`${name}: ${widths[0]} px wide in a ${widths[1]} px window`);
          // Every text on the screen is 16 px or more.
          const small = await page.evaluate(() => [...document.querySelectorAll('body *')]
            .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()) && e.getClientRects().length > 0 && e.closest('.skip-link') === null)
            .map((e) => [e.tagName, parseFloat(getComputedStyle(e).fontSize)] as const).filter(([, size]) => size < 16));
          if (small.length) tiny.push(`${name}: ${small.slice(0, 3).map(([tag, size]) => `${tag} ${size} px`).join(', ')}`);
          // Printed, the page is the letter alone.
          await page.emulateMediaType('print');
          const shown = await page.evaluate(() => ['.site-nav', '.downloads', '.letter', '.site-signatories'].map((s) => getComputedStyle(document.querySelector(s)!).display));
          if (shown.join() !== 'none,none,block,block') printing.push(`${name}: nav, downloads, letter, list display ${shown.join(', ')}`);
          await page.close();
        }
      }
      const page = await browser.newPage();
      await page.setContent(embedPage(read(join(site(big), EMBEDS[0]!)), 'en'), { waitUntil: 'load' });
      await axe(page, EMBEDS[0]!);
      await page.close();
    } finally {
      await browser.close();
    }
    expect(outside).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(fonts).toEqual([]);
    expect(violations).toEqual([]);
    expect(scrolling).toEqual([]);
    expect(printing).toEqual([]);
    expect(tiny).toEqual([]);
  }, 240_000);
});

describe('publishing again', () => {
  it('replaces the site whole with the new version, and publishes an older one on request', async () => {
    const root = site(sample);
    writeFileSync(join(root, 'left-over.html'), 'from an earlier site');
    for (const args of [['withdraw', SAMPLE, 'cadhac'], ['release', SAMPLE, '--format', 'docx']]) {
      const r = await cliInThisProcess(args, { cwd: sample.dir });
      expect(r.code, r.stderr).toBe(0);
    }
    // A letter template changed after the release is not the released letter's: the page keeps v2's greeting.
    mkdirSync(join(sample.dir, 'templates', 'partials'), { recursive: true });
    writeFileSync(join(sample.dir, 'templates', 'partials', 'greeting.hbs'), '<p class="greeting">Hello from a later template</p>\n');
    const again = await cliInThisProcess(['publish', SAMPLE, '--out', 'site', '--base-url', BASE], { cwd: sample.dir });
    rmSync(join(sample.dir, 'templates'), { recursive: true });
    expect(again.code, again.stderr).toBe(0);
    expect(read(join(root, 'en', 'index.html'))).not.toContain('Hello from a later template');
    expect(read(join(root, 'en', 'index.html'))).toContain('Dear Secretary Blinken and Secretary Ebrard,');
    expect(existsSync(join(root, 'left-over.html'))).toBe(false);
    expect(existsSync(join(root, '2022-10-12-us-mexico-security-dialogue.en.pdf'))).toBe(false);
    expect(readFileSync(join(root, '2022-10-12-us-mexico-security-dialogue.en.docx')).equals(readFileSync(join(releaseDir(sample, 2), '2022-10-12-us-mexico-security-dialogue.en.docx')))).toBe(true);
    expect(DomUtils.textContent(parse(join(root, 'en', 'index.html')))).toMatch(/· v2, 11 signers/);
    expect(readdirSync(sample.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const older = await cliInThisProcess(['publish', SAMPLE, 'v1', '--out', 'site-v1'], { cwd: sample.dir });
    expect(older.code, older.stderr).toBe(0);
    expect(DomUtils.textContent(parse(join(site(sample, 'site-v1'), 'es', 'index.html')))).toMatch(/· v1, 12 firmantes/);
  }, 240_000);

  it('leaves alone a folder it did not make, and refuses a letter with no release, an unknown version, a bad address, a changed release file', async () => {
    // A "browser" that only leaves a mark: the refusals that cost nothing start none.
    const probe = join(sample.dir, 'browser-probe.sh');
    const started = join(sample.dir, 'browser-started');
    writeFileSync(probe, `#!/bin/sh\ntouch '${started}'\nexit 1\n`, { mode: 0o755 });
    const withProbe = ['--chrome-path', probe];
    mkdirSync(join(sample.dir, 'mine'));
    writeFileSync(join(sample.dir, 'mine', 'notes.txt'), 'mine');
    const foreign = await cliInThisProcess(['publish', SAMPLE, '--out', 'mine', ...withProbe], { cwd: sample.dir });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('--out mine holds files that `coalition publish` did not write');
    expect(readdirSync(join(sample.dir, 'mine'))).toEqual(['notes.txt']);

    const unknown = await cliInThisProcess(['publish', SAMPLE, 'v7', '--out', 'other', ...withProbe], { cwd: sample.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/v7 does not exist[\s\S]*v1, v2/);

    const address = await cliInThisProcess(['publish', SAMPLE, '--out', 'other', '--base-url', 'example.org/x'], { cwd: sample.dir });
    expect(address.code).toBe(2);
    expect(address.stderr).toContain('--base-url example.org/x');

    const fresh = sampleWorkspace();
    try {
      const none = await cliInThisProcess(['publish', SAMPLE, '--out', 'site', ...withProbe], { cwd: fresh.dir });
      expect(none.code).toBe(1);
      expect(none.stderr).toMatch(/has no release to publish[\s\S]*coalition release/);
      expect(existsSync(join(fresh.dir, 'site'))).toBe(false);
    } finally {
      fresh.cleanup();
    }
    expect(existsSync(started), 'a refused publish started the browser').toBe(false);
    rmSync(probe);

    const csv = join(releaseDir(sample, 2), 'signatories.csv');
    const released = read(csv);
    writeFileSync(csv, `${released}forged,row\n`);
    const forged = await cliInThisProcess(['publish', SAMPLE, '--out', 'forged'], { cwd: sample.dir });
    writeFileSync(csv, released);
    expect(forged.code).toBe(1);
    expect(forged.stderr).toMatch(/v2\/signatories\.csv differs from the file released[\s\S]*release --verify/);
    expect(existsSync(join(sample.dir, 'forged'))).toBe(false);
    expect(readdirSync(sample.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('names a broken templates/site.hbs and its line', async () => {
    mkdirSync(join(sample.dir, 'templates'), { recursive: true });
    writeFileSync(join(sample.dir, 'templates', 'site.hbs'), '<!DOCTYPE html>\n<title>{{title}}</title>\n{{#if site.url}}\n');
    const broken = await cliInThisProcess(['publish', SAMPLE, '--out', 'site'], { cwd: sample.dir });
    rmSync(join(sample.dir, 'templates'), { recursive: true });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/templates\/site\.hbs:\d+.*template-syntax/);
    // The site published before is still there, whole.
    expect(existsSync(join(site(sample), 'en', 'index.html'))).toBe(true);
  });
});
